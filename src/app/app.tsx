/** The app: providers, the settings applied to the page, navigation, notices, and the screen for the route. */
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonCelebration } from '../lessons/lesson-celebration';
import { HelpScreen } from '../help/help-screen';
import { LessonsScreen } from '../lessons/lessons-screen';
import { LibraryScreen } from '../library/library-screen';
import { ReaderScreen } from '../reader/reader-screen';
import { SettingsScreen } from '../settings/settings-screen';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { Icon } from '../ui/icons';
import { routeHref } from '../ui/routes';
import { ErrorBoundary } from './error-boundary';
import { initI18n } from './i18n';
import { NoticeList } from './notice-list';
import { useRoute } from './router';
import './app.css';

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation();
  const { language, textSize, motion, highContrast } = useSettings();

  useEffect(() => {
    initI18n(language);
  }, [language]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = i18n.language;
    root.dir = i18n.dir(i18n.language);
    root.classList.toggle('high-contrast', highContrast);
    root.style.setProperty('--text-scale', String(TEXT_SIZES[textSize] ?? 1));
  }, [i18n, i18n.language, highContrast, textSize]);
  useEffect(() => {
    document.title = route.screen === 'library' ? 'Komik Saku' : `${t(`nav.${route.screen === 'read' ? 'library' : route.screen}`)} · Komik Saku`;
  }, [route, t]);

  const reading = route.screen === 'read';
  return (
    <MotionConfig reducedMotion={motion === 'system' ? 'user' : motion === 'reduce' ? 'always' : 'never'}>
      <LazyMotion features={domAnimation} strict>
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <NoticeList />
        <LessonCelebration />
        <div className={reading ? 'app app-reading' : 'app'}>
          <div id="main" className="app-main" tabIndex={-1}>
            <ErrorBoundary key={reading ? route.storyId : route.screen}>
              {route.screen === 'library' ? <LibraryScreen /> : null}
              {route.screen === 'read' ? <ReaderScreen storyId={route.storyId} /> : null}
              {route.screen === 'lessons' ? <LessonsScreen /> : null}
              {route.screen === 'help' ? <HelpScreen /> : null}
              {route.screen === 'settings' ? <SettingsScreen /> : null}
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
      </LazyMotion>
    </MotionConfig>
  );
}
