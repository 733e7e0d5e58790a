/**
 * The screens that are not the first: each its own chunk, so the library paints after loading only what it
 * needs (docs/performance.md). They are fetched in the background once the first screen is up, and the service
 * worker has them all for offline use, so opening one later is instant.
 */
import i18next from 'i18next';
import { createElement, lazy, useState, type ComponentType } from 'react';
import { loadOrReload } from '../content/missing-files';

interface LazyScreen<P> {
  Screen: ComponentType<P>;
  /** Starts loading the screen's code; resolves when it can render without suspending. */
  load: () => Promise<void>;
}

function lazyScreen<P extends object>(importer: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetch = () => {
    // A screen's file gone after another tab's update: the page reloads into the new version, at the same address.
    pending ??= loadOrReload(importer).then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed fetch (offline, no cache) may be tried again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  // Once loaded, render it directly: no fallback flash when coming back to a screen. The choice is made once per
  // mount, so a screen never remounts (losing its state) when its code arrives.
  function Screen(props: P) {
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  }
  return { Screen, load: () => fetch().then(() => undefined) };
}

export const reader = lazyScreen(() =>
  Promise.all([import('../reader/reader-screen'), import('./reader-strings')]).then(([module, strings]) => {
    strings.addReaderStrings(i18next);
    return module.ReaderScreen;
  }),
);
export const lessons = lazyScreen(() => import('../lessons/lessons-screen').then((module) => module.LessonsScreen));
export const settings = lazyScreen(() =>
  Promise.all([import('../settings/settings-screen'), import('./settings-strings')]).then(([module, strings]) => {
    strings.addSettingsStrings(i18next);
    return module.SettingsScreen;
  }),
);
export const help = lazyScreen(() => import('../help/help-screen').then((module) => module.HelpScreen));
export const present = lazyScreen(() =>
  Promise.all([import('../present/present-screen'), import('./present-strings')]).then(([module, strings]) => {
    strings.addPresentStrings(i18next);
    return module.PresentScreen;
  }),
);
export const print = lazyScreen(() =>
  Promise.all([import('../print/print-screen'), import('./print-strings')]).then(([module, strings]) => {
    strings.addPrintStrings(i18next);
    return module.PrintScreen;
  }),
);
export const studio = lazyScreen(() =>
  Promise.all([import('../studio/studio-screen'), import('./studio-strings')]).then(([module, strings]) => {
    strings.addStudioStrings(i18next);
    return module.StudioScreen;
  }),
);

export const notFound = lazyScreen(() => import('./not-found').then((module) => module.NotFound));

/** Every lazily loaded screen, loaded ahead (component tests render a screen and look at it at once). */
export function loadAllScreens(): Promise<void> {
  return Promise.all([reader.load(), present.load(), print.load(), lessons.load(), help.load(), settings.load(), studio.load(), notFound.load()]).then(
    () => undefined,
  );
}
