/** The app: providers, the settings applied to the page, navigation, notices, and the screen for the route. */
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../library/library-screen';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { Icon } from '../ui/icons';
import { parseRoute, routeHref, type Route } from '../ui/routes';
import { DownloadChoice } from './download-choice';
import { ErrorBoundary } from './error-boundary';
import { interfaceDirection, switchLanguage } from './i18n';
import { NoticeList } from './notice-list';
import { useRoute } from './router';
import { help, lessons, notFound, present, print, reader, settings, studio } from './screens';
import { askToKeepStorage } from './storage';
import { QuietUpdateRegion } from './quiet-update-region';
import { UpdateRegion } from './update-region';
import './app.css';

/**
 * The other screens' code is fetched when the reader shows the intent to go there (a finger on a link, or focus),
 * a moment before the tap lands. Nothing is fetched ahead on a timer: on a slow phone that would be a long task
 * in the middle of reading. (After the first visit the service worker has every screen anyway.)
 */
function usePreloadScreens(): void {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const route = link ? parseRoute(link.getAttribute('href')!) : null;
      if (route?.screen === 'read') {
        void reader.load().catch(() => undefined);
        void import('../content/load-story').then(({ loadBundledStory }) => loadBundledStory(route.storyId));
      } else if (route?.screen === 'lessons') void lessons.load().catch(() => undefined);
      else if (route?.screen === 'settings') void settings.load().catch(() => undefined);
      else if (route?.screen === 'help') void help.load().catch(() => undefined);
      else if (route?.screen === 'studio') void studio.load().catch(() => undefined);
    };
    document.addEventListener('pointerdown', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerdown', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, []);
}

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether to keep motion to fades: the app's setting, or the phone's when the setting says to follow it. */
function useReducedMotion(setting: 'system' | 'reduce' | 'full'): boolean {
  const [system, setSystem] = useState(() => typeof window !== 'undefined' && window.matchMedia(REDUCED_MOTION_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(REDUCED_MOTION_QUERY);
    const onChange = () => setSystem(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return setting === 'reduce' || (setting === 'system' && system);
}

/** `route`: the screen to show without an address to read it from (first-screen.tsx renders at build time). */
export function App({ route: initialRoute }: { route?: Route } = {}) {
  const route = useRoute(initialRoute);
  const { t, i18n } = useTranslation();
  const { language, textSize, motion, highContrast } = useSettings();
  const reduceMotion = useReducedMotion(motion);

  useEffect(() => {
    switchLanguage(language).catch(() => undefined);
  }, [language]);
  useEffect(() => {
    // Only what differs is written: any change to the root's attributes restyles the whole page, and on start the
    // page (index.html, app.css) already says what a first visit needs: Indonesian, left to right, text scale 1.
    const root = document.documentElement;
    if (root.lang !== i18n.language) root.lang = i18n.language;
    const direction = interfaceDirection(i18n);
    if (root.dir !== direction) root.dir = direction;
    root.classList.toggle('high-contrast', highContrast);
    root.classList.toggle('motion-reduce', reduceMotion);
    const scale = TEXT_SIZES[textSize] ?? 1;
    if (scale === 1) root.style.removeProperty('--text-scale');
    else root.style.setProperty('--text-scale', String(scale));
  }, [i18n, i18n.language, highContrast, textSize, reduceMotion]);
  useEffect(() => {
    document.title = route.screen === 'library' ? 'Komik Saku' : `${t(`nav.${route.screen === 'read' ? 'library' : route.screen}`)} · Komik Saku`;
  }, [route, t]);
  useEffect(() => {
    if (route.screen === 'read') askToKeepStorage();
  }, [route.screen]);
  usePreloadScreens();
  useEffect(() => {
    // The page's own first screen (first-screen.tsx) looks the same but does nothing yet: this marks when the app has
    // taken over and taps work (the browser tests wait for it).
    document.documentElement.dataset.app = 'ready';
  }, []);

  // Reading and projecting take the whole screen: no tab bar.
  const reading = route.screen === 'read' || route.screen === 'present';
  const fallback = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <NoticeList />
      {/* At build time (first-screen.tsx) there is no service worker to ask. */}
      {typeof window === 'undefined' ? <QuietUpdateRegion /> : <UpdateRegion reading={reading} />}
      <div className={reading ? 'app app-reading' : 'app'}>
        <div id="main" className="app-main" tabIndex={-1}>
          <ErrorBoundary key={'storyId' in route ? `${route.screen}/${route.storyId}` : route.screen}>
            <Suspense fallback={fallback}>
              {/* The pictures' download is the reader's choice, asked on the library (also in the page's own HTML). */}
              {route.screen === 'library' ? <LibraryScreen notice={<DownloadChoice />} /> : null}
              {route.screen === 'read' ? <reader.Screen storyId={route.storyId} /> : null}
              {route.screen === 'present' ? <present.Screen storyId={route.storyId} view={route.view} /> : null}
              {route.screen === 'print' ? <print.Screen storyId={route.storyId} /> : null}
              {route.screen === 'lessons' ? <lessons.Screen /> : null}
              {route.screen === 'help' ? <help.Screen /> : null}
              {route.screen === 'settings' ? <settings.Screen /> : null}
              {route.screen === 'studio' ? <studio.Screen draftId={route.draftId} /> : null}
              {route.screen === 'not-found' ? <notFound.Screen /> : null}
            </Suspense>
          </ErrorBoundary>
        </div>
        {reading ? null : (
          <nav className="tab-bar" aria-label={t('nav.label')}>
            {(['library', 'lessons', 'help', 'settings'] as const).map((screen) => (
              <a key={screen} href={routeHref({ screen })} aria-current={route.screen === screen ? 'page' : undefined}>
                <Icon name={screen} />
                {t(`nav.${screen}`)}
              </a>
            ))}
          </nav>
        )}
      </div>
    </>
  );
}
