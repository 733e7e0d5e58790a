/** The choices before printing: what to print, the layout and size, extras, grayscale, language; then the print dialog. */
import { useTranslation } from 'react-i18next';
import { storyNamespace, useNamespaceText } from '../content/text';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { languageName } from '../ui/languages';
import { PRINT_RUNS, printsTwoSided, type PrintRun } from '../paper/duplex';
import { EXTRAS, LAYOUTS, SIZES, type PrintOptions } from '../paper/options';
import { pagesPerUnit } from '../paper/impose';
import { MIN_BALLOON_PT, MIN_NAME_PT } from '../paper/paper';
import type { FitProblem } from './page-fit';
import type { Preview } from './sheets';

interface Props {
  story: Story;
  options: PrintOptions;
  onChange: (options: PrintOptions) => void;
  languages: string[];
  lang: string;
  hasReaderPath: boolean;
  pageCount: number;
  /** Pages the selection prints, without the notes pages that fill the last sheet. */
  contentCount: number;
  preview: Preview;
  onPreview: (preview: Preview) => void;
  run: PrintRun;
  onRun: (run: PrintRun) => void;
  /** Pages that cannot print at paper's minimum text sizes even with their words under the pictures. */
  problems: FitProblem[];
}

export function PrintControls({
  story,
  options,
  onChange,
  languages,
  lang,
  hasReaderPath,
  pageCount,
  contentCount,
  preview,
  onPreview,
  run,
  onRun,
  problems,
}: Props) {
  const { t } = useTranslation();
  const text = useNamespaceText(storyNamespace(story.id));
  const set = (patch: Partial<PrintOptions>) => onChange({ ...options, ...patch });
  const picked = options.selection.startsWith('pages:') ? options.selection.slice('pages:'.length).split(',').filter(Boolean) : [];
  const selections = [
    { value: 'gamebook', label: t('print.selection-gamebook') },
    { value: 'all', label: t('print.selection-all') },
    ...(hasReaderPath ? [{ value: 'path:reader', label: t('print.selection-reader') }] : []),
    ...story.endings.map((ending) => ({
      value: `path:${ending.id}`,
      label: t('print.selection-ending', { ending: text(storyKeys.endingTitle(ending.id), ending.title) }),
    })),
    { value: 'pages:', label: t('print.selection-pages') },
  ];
  const selectionValue = options.selection.startsWith('pages:') ? 'pages:' : options.selection;
  // The zine is one sheet, folded: a selection longer than its pages is not offered as several loose zines.
  const tooLong = options.layout === 'zine-a7' && contentCount > pagesPerUnit('zine-a7');
  return (
    <form className="print-controls" onSubmit={(event) => event.preventDefault()}>
      <label className="print-field">
        <span>{t('print.selection')}</span>
        <select value={selectionValue} onChange={(event) => set({ selection: event.target.value })}>
          {selections.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {selectionValue === 'pages:' ? (
        <fieldset className="print-pages">
          <legend>{t('print.pick-pages')}</legend>
          {story.scenes.flatMap((scene) =>
            scene.pages.map((page, index) => (
              <label key={page.id} className="print-check">
                <input
                  type="checkbox"
                  checked={picked.includes(page.id)}
                  onChange={(event) =>
                    set({ selection: `pages:${(event.target.checked ? [...picked, page.id] : picked.filter((id) => id !== page.id)).join(',')}` })
                  }
                />
                {t('print.page-of-scene', { scene: text(storyKeys.sceneTitle(scene.id), scene.title ?? scene.id), number: index + 1 })}
              </label>
            )),
          )}
        </fieldset>
      ) : null}
      <fieldset className="print-choice">
        <legend>{t('print.layout')}</legend>
        {LAYOUTS.map((layout) => (
          <label key={layout} className="print-check">
            <input type="radio" name="print-layout" checked={options.layout === layout} onChange={() => set({ layout })} />
            {t(`print.layout-${layout}`)}
          </label>
        ))}
      </fieldset>
      {options.layout === 'single' ? (
        <fieldset className="print-choice">
          <legend>{t('print.size')}</legend>
          {SIZES.map((size) => (
            <label key={size} className="print-check">
              <input type="radio" name="print-size" checked={options.size === size} onChange={() => set({ size })} />
              {t(`print.size-${size}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="print-choice">
        <legend>{t('print.extras')}</legend>
        {EXTRAS.map((extra) => (
          <label key={extra} className="print-check">
            <input
              type="checkbox"
              checked={options.extras.includes(extra)}
              onChange={(event) => set({ extras: EXTRAS.filter((item) => (item === extra ? event.target.checked : options.extras.includes(item))) })}
            />
            {t(`print.extra-${extra}`)}
          </label>
        ))}
        <label className="print-check">
          <input type="checkbox" checked={options.gray} onChange={(event) => set({ gray: event.target.checked })} />
          {t('print.gray')}
        </label>
        {options.gray ? (
          <label className="print-check">
            <input type="checkbox" checked={options.coverColour} onChange={(event) => set({ coverColour: event.target.checked })} />
            {t('print.cover-colour')}
          </label>
        ) : null}
      </fieldset>
      {options.layout === 'single' ? null : (
        <fieldset className="print-choice">
          <legend>{t('print.preview-as')}</legend>
          {(['pages', 'sheets'] as const).map((value) => (
            <label key={value} className="print-check">
              <input type="radio" name="print-preview" checked={preview === value} onChange={() => onPreview(value)} />
              {t(`print.preview-${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      {printsTwoSided(options.layout) ? (
        <fieldset className="print-choice">
          <legend>{t('print.run')}</legend>
          {PRINT_RUNS.map((value) => (
            <label key={value} className="print-check">
              <input type="radio" name="print-run" checked={run === value} onChange={() => onRun(value)} />
              {t(`print.run-${value}`)}
            </label>
          ))}
          <p className="print-run-how">{t('print.run-how')}</p>
        </fieldset>
      ) : null}
      <label className="print-field">
        <span>{t('print.language')}</span>
        <select value={lang} onChange={(event) => set({ lang: event.target.value })}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </label>
      {/* A zine that does not fit says so instead (below): its pages would not be printed. */}
      {tooLong ? null : (
        <p className="print-summary" role="status">
          {t('print.count', { count: pageCount })} {t(`print.how-${options.layout}`)}
        </p>
      )}
      {problems.length > 0 ? (
        <div className="print-fit-problems" role="status">
          <p>{t('print.fit-title', { balloon: MIN_BALLOON_PT, name: MIN_NAME_PT })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.page} ${problem.reason}`}>{t(`print.fit-${problem.reason}`, { page: problem.page })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {tooLong ? (
        <p id="print-too-long" className="print-zine-too-long" role="status">
          {t('print.zine-too-long', { count: contentCount, most: pagesPerUnit('zine-a7') })}
        </p>
      ) : null}
      <button
        type="button"
        className="button-primary"
        disabled={tooLong}
        aria-describedby={tooLong ? 'print-too-long' : undefined}
        onClick={() => window.print()}
      >
        {t('print.print')}
      </button>
    </form>
  );
}
