/** jsdom lacks a few browser APIs the app uses; these stand-ins behave like a phone with default settings. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { installDialogStandIn } from './dialog-stand-in';

// Two cores run every test file at once here: give screens time to load their story before failing.
configure({ asyncUtilTimeout: 5000 });

class StubResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= StubResizeObserver as unknown as typeof ResizeObserver;
installDialogStandIn();
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener: () => {},
  removeEventListener: () => {},
  addListener: () => {},
  removeListener: () => {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

// A phone set to Indonesian, as the youths this is for: on a first start the app speaks the phone's language.
Object.defineProperty(navigator, 'languages', { value: ['id-ID', 'id'], configurable: true });

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => cleanup());
