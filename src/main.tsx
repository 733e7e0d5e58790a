import '@fontsource/andika/latin-400.css';
import '@fontsource/andika/latin-700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './app/i18n';
import { useSettings } from './store/settings';

// Settings are read from storage synchronously, so the first paint is already in the reader's language.
initI18n(useSettings.getState().language);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
