/**
 * The Print screen: choose the story, what to print, the layout and size, see the pages in order, and print with
 * the browser's dialog (print.css keeps the app's chrome off the paper). The options live in the URL query, so a
 * shared link and `npm run print` give the same pages.
 */
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { bundledStoryIds } from '../content/bundled';
import { storySummaries } from '../content/summaries';
import { namespaceText, storyNamespace, storyLanguages, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import type { Story, Translation } from '../story/schema';
import { storyKeys } from '../story/strings';
import { restore } from '../engine';
import { useProgress } from '../store/progress';
import { entryOf } from '../store/records';
import { routeHref } from '../ui/routes';
import { WithStory } from '../ui/with-story';
import { languageShortName, loadInterfaceWords } from '../ui/languages';
import { printsTwoSided, type PrintRun } from '../paper/duplex';
import { readOptions, toSelection, writeOptions, type PrintOptions } from '../paper/options';
import { LESSONS_PER_PAGE, pageSizeOf } from '../paper/paper';
import { printPlan } from '../paper/plan';
import { NO_FIT, withRefit, type FitProblem, type PageFit, type Refit } from './page-fit';
import { PrintControls } from './print-controls';
import { Sheets, type Preview, type SheetsProps } from './sheets';
import './print.css';

export function PrintScreen({ storyId }: { storyId: string | null }) {
  return storyId ? (
    <WithStory storyId={storyId} place="print">
      {(loaded) => <PrintStory key={storyId} story={loaded.story} translations={loaded.translations} />}
    </WithStory>
  ) : (
    <StoryChoice />
  );
}

function StoryChoice() {
  const { t, i18n } = useTranslation();
  return (
    <section className="print-screen">
      <h1>{t('print.title')}</h1>
      <p>{t('print.choose-story')}</p>
      <ul className="print-story-list">
        {bundledStoryIds.map((id) => (
          <li key={id}>
            <a className="button-secondary" href={routeHref({ screen: 'print', storyId: id })}>
              {titleOf(id, i18n.language)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function titleOf(storyId: string, language: string): string {
  const summary = storySummaries.find((item) => item.id === storyId);
  return summary?.ok ? (summary.title[language] ?? summary.title[summary.language] ?? storyId) : storyId;
}

function PrintStory({ story, translations }: { story: Story; translations: Translation[] }) {
  const { t, i18n } = useTranslation();
  const [options, setOptions] = useState<PrintOptions>(() => readOptions(window.location.search));
  const [preview, setPreview] = useState<Preview>('pages');
  // Two-sided printing by hand (a run of fronts, then of backs) is kept in the address too: a shared link or
  // `npm run print --run backs` prints the same run.
  const run: PrintRun = printsTwoSided(options.layout) ? options.run : 'both';
  const change = (next: PrintOptions) => {
    setOptions(next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${writeOptions(next)}${window.location.hash}`);
  };
  const languages = storyLanguages(story, translations);
  const lang = options.lang && languages.includes(options.lang) ? options.lang : languages.includes(i18n.language) ? i18n.language : story.language;
  // The pages print in the chosen language whatever the app's own language: an instance of i18next that shares the
  // loaded text but has a language of its own.
  const wordsIn = useInterfaceWords(lang);
  const printI18n = useMemo(() => i18n.cloneInstance({ lng: lang }), [i18n, lang]);
  // The reader's own path, as it fits the story now (restore keeps its longest valid part); none without a saved place.
  const save = useProgress((progress) => entryOf(progress.saves, story.id));
  const readerPath = useMemo(() => {
    const restored = save ? restore(story, save) : null;
    return restored && restored.status !== 'reset' ? restored.state.path : null;
  }, [story, save]);
  const catalog = useCatalog(options.extras.includes('lessons'));
  const lessons = catalog.status === 'ready' ? catalog.lessons : [];
  const lessonsFailed = catalog.status === 'failed';
  const pageSize = pageSizeOf(options.layout, options.size);
  // How the pages are fitted to paper's minimum text sizes is measured on them (page-fit.ts); it holds for this page
  // size, language and selection, and is measured again when one of them changes.
  const fitting = `${pageSize} ${lang} ${options.selection}`;
  const [fitted, setFitted] = useState<{ fitting: string; fit: PageFit; problems: FitProblem[] }>({ fitting, fit: NO_FIT, problems: [] });
  const fit = fitted.fitting === fitting ? fitted.fit : NO_FIT;
  const problems = fitted.fitting === fitting ? fitted.problems : [];
  const plan = useMemo(
    () =>
      printPlan(story, toSelection(options.selection, story, readerPath) ?? { kind: 'gamebook' }, {
        layout: options.layout,
        extras: lessonsFailed ? options.extras.filter((extra) => extra !== 'lessons') : options.extras,
        lessonsPerPage: LESSONS_PER_PAGE[pageSize],
        ...fit,
      }),
    [story, options, readerPath, lessonsFailed, pageSize, fit],
  );
  const onRefit = (refit: Refit) => setFitted({ fitting, fit: withRefit(fit, refit), problems: [] });
  const onProblems = (found: FitProblem[]) => setFitted({ fitting, fit, problems: found });
  // The command line asks for the pages one by one (?imposed=0) and imposes them itself.
  const imposed = new URLSearchParams(window.location.search).get('imposed') !== '0';
  const storyText = useNamespaceText(storyNamespace(story.id));
  usePrintTitle(
    `${namespaceText(printI18n, storyNamespace(story.id), storyKeys.title(), story.title)} · ${printI18n.t(`print.name-${options.layout}${options.layout === 'single' ? `-${options.size}` : ''}`)} · ${languageShortName(lang)}`,
  );
  return (
    <section className="print-screen">
      <div className="print-controls-area">
        <h1>{t('print.title-story', { title: storyText(storyKeys.title(), story.title) })}</h1>
        <PrintControls
          story={story}
          options={options}
          onChange={change}
          languages={languages}
          lang={lang}
          hasReaderPath={readerPath !== null}
          pageCount={plan.length}
          contentCount={plan.filter((page) => page.kind !== 'notes').length}
          preview={preview}
          onPreview={setPreview}
          run={run}
          problems={problems}
          onRun={(value) => change({ ...options, run: value })}
        />
      </div>
      <I18nextProvider i18n={printI18n}>
        <div lang={lang} className="print-pages-area">
          <h2 className="print-preview-title">{t('print.preview')}</h2>
          {(catalog.status === 'loading' && options.extras.includes('lessons')) || wordsIn !== lang ? (
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          ) : (
            <PrintedStory
              story={story}
              plan={plan}
              options={options}
              imposed={imposed}
              lessons={lessons}
              fit={fit}
              onRefit={onRefit}
              onProblems={onProblems}
              preview={preview}
              run={run}
            />
          )}
        </div>
      </I18nextProvider>
    </section>
  );
}

/**
 * The page's title names the story, the layout and the language, in the printed language: the print dialog offers it
 * as the file name and Chromium writes it into the PDF's Title ("Jalan Sari · Buklet A5 · Indonesia").
 */
function usePrintTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

type PrintedStoryProps = { options: PrintOptions } & Omit<SheetsProps, 'layout' | 'size' | 'gray' | 'text'>;

function PrintedStory({ story, options, ...rest }: PrintedStoryProps) {
  const text = useNamespaceText(storyNamespace(story.id));
  return (
    <Sheets
      story={story}
      layout={options.layout}
      size={options.size}
      gray={options.gray ? (options.coverColour ? 'inside' : 'all') : 'none'}
      text={text}
      {...rest}
    />
  );
}

/** The language whose app words are loaded (the printed language once they are; a failure prints the source's words). */
function useInterfaceWords(language: string): string | null {
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const done = () => current && setLoaded(language);
    loadInterfaceWords(language).then(done, done);
    return () => {
      current = false;
    };
  }, [language]);
  return loaded;
}
