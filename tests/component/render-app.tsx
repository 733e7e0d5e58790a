/** Renders the whole app at a route, as a reader opens it. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { App } from '../../src/app/app';
import { switchLanguage } from '../../src/app/i18n';
import { useLessons } from '../../src/store/lessons';
import { useNotices } from '../../src/store/notices';
import { useProgress } from '../../src/store/progress';
import { DEFAULT_SETTINGS, useSettings } from '../../src/store/settings';

/** Opens the app at a route; `fresh` starts with no progress, as on a new phone (default). */
export async function renderApp(hash = '#/', { language = 'id', fresh = true } = {}) {
  window.location.hash = hash;
  if (fresh) {
    useSettings.setState({ ...DEFAULT_SETTINGS, language });
    useProgress.setState({ saves: {}, endings: {} });
    useLessons.setState({ completed: {} });
    useNotices.setState({ notices: [] });
  }
  await act(async () => {
    await switchLanguage(language);
  });
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, view };
}

export async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

export { screen };
