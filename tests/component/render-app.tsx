/** Renders the whole app at a route, as a reader opens it. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { expect } from 'vitest';
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

/**
 * Opens a show (room or presenter window) and waits until its keys are live: the window marks itself connected only
 * after its effects (the key listeners among them) have run, so a key pressed the moment the first panel shows is
 * not lost to a listener not yet there (a race a loaded machine loses).
 */
export async function openShow(hash: string, options?: { language?: string; fresh?: boolean }) {
  const opened = await renderApp(hash, options);
  await waitFor(() => expect(document.querySelector('[data-connected="true"]')).not.toBeNull());
  return opened;
}

export async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

export { screen };
