/** One string: its kind and source text, the field for its translation, and why it still needs work (in words). */
import { useTranslation } from 'react-i18next';
import type { Story, Translation } from '../../story/schema';
import { entryFieldId, kindOf, markedCurrent, withText, type Entry } from './entries';

interface Props {
  entry: Entry;
  story: Story;
  translation: Translation;
  change: (next: Translation, group?: string) => void;
  /** Told when the translator types here, so the field stays in view whatever the filter. */
  onType: (key: string) => void;
  onFocus: () => void;
}

export function TranslateEntry({ entry, story, translation, change, onType, onFocus }: Props) {
  const { t } = useTranslation();
  const id = entryFieldId(entry.key);
  const rtl = translation.direction === 'rtl';
  return (
    <div className="translate-entry" data-state={entry.state}>
      <p className="translate-kind" id={`${id}-kind`}>
        {t(`studio.translate.kind.${kindOf(entry.key)}`)}
        {entry.speaker ? ` · ${entry.speaker}` : null}
      </p>
      <p className="translate-source" id={`${id}-source`} lang={story.language}>
        {entry.source}
      </p>
      <textarea
        id={id}
        aria-labelledby={`${id}-kind ${id}-source`}
        aria-describedby={entry.state === 'done' ? undefined : `${id}-mark`}
        lang={translation.language}
        dir={rtl ? 'rtl' : undefined}
        rows={Math.min(4, Math.max(1, Math.ceil(entry.source.length / 60)))}
        value={entry.text}
        onFocus={onFocus}
        maxLength={2000}
        onChange={(event) => {
          onType(entry.key);
          change(withText(translation, entry.key, entry.source, event.target.value), `translation ${translation.language} ${entry.key}`);
        }}
      />
      {entry.state === 'done' ? null : (
        <p className="translate-mark" id={`${id}-mark`}>
          {t(`studio.translate.${entry.state}`)}
        </p>
      )}
      {entry.state === 'stale' ? (
        <button type="button" className="button-quiet translate-still-right" onClick={() => change(markedCurrent(translation, entry.key, entry.source))}>
          {t('studio.translate.still-right')}
        </button>
      ) : null}
    </div>
  );
}
