/**
 * "Terjemahan": the story's strings beside one translation, grouped by scene in reading order, each marked missing or
 * stale until it is done; the language's progress and its draft/reviewed status; files for translators. Edits go
 * through the draft's history (one undo for the whole draft), as the story's do.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story, Translation } from '../../story/schema';
import { LANGUAGES } from '../../ui/languages';
import type { Selection } from '../check/place';
import { entryGroups, newTranslation, progressOf, replaced, selectionOf, withStatus, type EntryGroup } from './entries';
import { TranslateEntry } from './translate-entry';
import { TranslateFiles } from './translate-files';
import './translate.css';

export interface TranslateProps {
  story: Story;
  translations: readonly Translation[];
  changeTranslations: (translations: Translation[], group?: string) => void;
  /** The language open here (the preview reads the draft in it too); the first translation's when it has none. */
  language: string | null;
  onLanguage: (language: string) => void;
  /** Shows a string's place in the preview (when its field takes the focus). */
  onShow: (selection: Selection) => void;
}

type Filter = 'all' | 'todo' | 'missing' | 'stale';
const FILTERS: Filter[] = ['all', 'todo', 'missing', 'stale'];

export function TranslateView({ story, translations, changeTranslations, language, onLanguage, onShow }: TranslateProps) {
  const { t } = useTranslation();
  const translation = translations.find((each) => each.language === language) ?? translations[0] ?? null;
  const change = (next: Translation, group?: string) => changeTranslations(replaced(translations, next), group);
  return (
    <section className="translate-view" aria-labelledby="translate-title">
      <h2 id="translate-title">{t('studio.translate.title')}</h2>
      <div className="translate-languages">
        {translations.length > 0 ? (
          <label>
            {t('studio.translate.language')}
            <select value={translation?.language} onChange={(event) => onLanguage(event.target.value)}>
              {translations.map((each) => (
                <option key={each.language} value={each.language}>
                  {nameOf(each.language)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p>{t('studio.translate.none')}</p>
        )}
        <AddLanguage
          story={story}
          translations={translations}
          onAdd={(code) => {
            changeTranslations([...translations, newTranslation(code)]);
            onLanguage(code);
          }}
        />
      </div>
      {translation ? <OneLanguage story={story} translation={translation} change={change} onShow={onShow} /> : null}
    </section>
  );
}

const nameOf = (code: string) => LANGUAGES.find((each) => each.code === code)?.name ?? code;

function AddLanguage({ story, translations, onAdd }: { story: Story; translations: readonly Translation[]; onAdd: (code: string) => void }) {
  const { t } = useTranslation();
  const open = LANGUAGES.filter((each) => each.code !== story.language && !translations.some((translation) => translation.language === each.code));
  const [code, setCode] = useState<string>(open[0]?.code ?? '');
  if (open.length === 0) return null;
  const chosen = open.some((each) => each.code === code) ? code : open[0]!.code;
  return (
    <form
      className="translate-add"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(chosen);
      }}
    >
      <label>
        {t('studio.translate.add-language')}
        <select value={chosen} onChange={(event) => setCode(event.target.value)}>
          {open.map((each) => (
            <option key={each.code} value={each.code}>
              {each.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-secondary">
        {t('studio.translate.add')}
      </button>
    </form>
  );
}

interface OneLanguageProps {
  story: Story;
  translation: Translation;
  change: (next: Translation, group?: string) => void;
  onShow: (selection: Selection) => void;
}

function OneLanguage({ story, translation, change, onShow }: OneLanguageProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  // Entries typed in since the filter was chosen stay in view: a translator's field does not vanish once it is done.
  const [kept, setKept] = useState<{ filter: Filter; language: string; keys: ReadonlySet<string> }>({
    filter,
    language: translation.language,
    keys: new Set(),
  });
  const keys = kept.filter === filter && kept.language === translation.language ? kept.keys : new Set<string>();
  const groups = useMemo(() => entryGroups(story, translation), [story, translation]);
  const progress = useMemo(() => progressOf(story, translation), [story, translation]);
  const shown = groups.map((group) => ({ ...group, entries: group.entries.filter((entry) => keys.has(entry.key) || matches(filter, entry.state)) }));
  const keep = (key: string) => !keys.has(key) && setKept({ filter, language: translation.language, keys: new Set([...keys, key]) });
  return (
    <>
      <div className="translate-summary">
        <p className="translate-progress">
          <meter min={0} max={Math.max(progress.total, 1)} value={progress.translated} aria-hidden="true" />
          <span>
            {t('studio.translate.progress', { translated: progress.translated, total: progress.total })}
            {progress.stale > 0 ? ` · ${t('studio.translate.progress-stale', { count: progress.stale })}` : null}
            {progress.missing > 0 ? ` · ${t('studio.translate.progress-missing', { count: progress.missing })}` : null}
          </span>
        </p>
        <label>
          {t('studio.translate.status')}
          <select value={translation.status ?? 'draft'} onChange={(event) => change(withStatus(translation, event.target.value as 'draft' | 'reviewed'))}>
            <option value="draft">{t('studio.translate.status-draft')}</option>
            <option value="reviewed">{t('studio.translate.status-reviewed')}</option>
          </select>
        </label>
      </div>
      <TranslateFiles story={story} translation={translation} change={change} />
      <fieldset className="translate-filter">
        <legend>{t('studio.translate.show')}</legend>
        {FILTERS.map((each) => (
          <label key={each}>
            <input type="radio" name="translate-filter" checked={filter === each} onChange={() => setFilter(each)} />
            {t(`studio.translate.show-${each}`)}
          </label>
        ))}
      </fieldset>
      {shown.every((group) => group.entries.length === 0) ? <p className="translate-nothing">{t('studio.translate.nothing-shown')}</p> : null}
      {shown.map((group) =>
        group.entries.length === 0 ? null : (
          <section key={partId(group)} className="translate-group" aria-labelledby={`translate-${partId(group)}`}>
            <h3 id={`translate-${partId(group)}`}>{partTitle(group, t)}</h3>
            {group.entries.map((entry) => (
              <TranslateEntry
                key={entry.key}
                entry={entry}
                story={story}
                translation={translation}
                change={change}
                onType={keep}
                onFocus={() => group.part.kind === 'scene' && onShow(selectionOf(story, group.part.sceneId, entry.key))}
              />
            ))}
          </section>
        ),
      )}
    </>
  );
}

function matches(filter: Filter, state: 'missing' | 'stale' | 'done'): boolean {
  return filter === 'all' || (filter === 'todo' ? state !== 'done' : state === filter);
}

const partId = (group: EntryGroup) => (group.part.kind === 'scene' ? `scene-${group.part.sceneId}` : group.part.kind);

function partTitle(group: EntryGroup, t: (key: string, options?: Record<string, string>) => string): string {
  if (group.part.kind === 'scene') return t('studio.translate.part-scene', { title: group.part.title });
  return t(`studio.translate.part-${group.part.kind}`);
}
