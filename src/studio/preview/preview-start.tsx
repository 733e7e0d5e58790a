/**
 * "Start here with…": flags set and lessons learned before the preview's place, chosen from the story's flags and
 * the lessons catalog, so an author can try a choice that has a condition without playing the story up to it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../content/use-catalog';
import type { Story } from '../../story/schema';
import { NO_START, type PreviewStart } from './preview-place';

interface Props {
  story: Story;
  start: PreviewStart;
  onStart: (start: PreviewStart) => void;
}

const toggled = (items: readonly string[], item: string, on: boolean) => (on ? [...items, item] : items.filter((other) => other !== item));

export function PreviewStartForm({ story, start, onStart }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The catalog is loaded (and checked) only once the author opens the form.
  const catalog = useCatalog(open);
  const chosen = start.flags.length + start.lessons.length;
  const flags = story.flags ?? [];
  return (
    <details className="studio-preview-start" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('studio.preview-start')}
        {chosen > 0 ? ` (${t('studio.preview-start-chosen', { count: chosen })})` : ''}
      </summary>
      <p>{t('studio.preview-start-intro')}</p>
      <fieldset>
        <legend>{t('studio.preview-start-flags')}</legend>
        {flags.length === 0 ? <p>{t('studio.preview-start-no-flags')}</p> : null}
        {flags.map((flag) => (
          <label key={flag.id} className="studio-preview-start-item">
            <input
              type="checkbox"
              checked={start.flags.includes(flag.id)}
              onChange={(event) => onStart({ ...start, flags: toggled(start.flags, flag.id, event.target.checked) })}
            />
            <span>
              {flag.description ? `${flag.description} ` : null}
              <small>({flag.id})</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('studio.preview-start-lessons')}</legend>
        {catalog.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
        {catalog.status === 'failed' ? <p role="alert">{t('studio.preview-start-lessons-failed')}</p> : null}
        {catalog.status === 'ready'
          ? catalog.lessons.map((lesson) => (
              <label key={lesson.id} className="studio-preview-start-item">
                <input
                  type="checkbox"
                  checked={start.lessons.includes(lesson.id)}
                  onChange={(event) => onStart({ ...start, lessons: toggled(start.lessons, lesson.id, event.target.checked) })}
                />
                <span>{lesson.title}</span>
              </label>
            ))
          : null}
      </fieldset>
      <button type="button" className="button-quiet" disabled={chosen === 0} onClick={() => onStart(NO_START)}>
        {t('studio.preview-start-clear')}
      </button>
    </details>
  );
}
