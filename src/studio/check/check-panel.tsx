/** The live check's findings, each placed in words ("Scene 'Di warung', page 2, panel 1, balloon 2") and a click away. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { printable } from '../../story/printable';
import type { Problem } from '../../story/problem';
import type { Story } from '../../story/schema';
import { storyFileOf } from './live-check';
import { placeOf, type Place, type Selection } from './place';
import type { LiveCheck } from './use-live-check';

export function CheckPanel({ check, onSelect }: { check: LiveCheck | null; onSelect: (selection: Selection) => void }) {
  const { t } = useTranslation();
  const problems = check?.problems ?? null;
  const errors = problems?.filter((problem) => problem.severity === 'error').length ?? 0;
  return (
    <section className="studio-check" aria-labelledby="studio-check-title">
      <h2 id="studio-check-title">{t('studio.check')}</h2>
      <p role="status" className={errors > 0 ? 'studio-check-summary studio-check-bad' : 'studio-check-summary'}>
        {problems === null
          ? t('studio.checking')
          : problems.length === 0
            ? t('studio.check-clean')
            : t('studio.check-count', { errors, warnings: problems.length - errors })}
      </p>
      {check ? <ProblemList story={check.story} problems={check.problems.slice(0, 50)} onSelect={onSelect} /> : null}
    </section>
  );
}

/** Problems in words, each a click away from its place when it has one. */
export function ProblemList({ story, problems, onSelect }: { story: Story; problems: readonly Problem[]; onSelect: (selection: Selection) => void }) {
  const { t } = useTranslation();
  const file = storyFileOf(story);
  return (
    <ul className="studio-problems">
      {problems.map((problem, index) => {
        const place = placeOf(story, file, problem);
        const where = placeWords(t, place);
        const text = (
          <>
            <strong>{t(problem.severity === 'error' ? 'studio.error' : 'studio.warning')}</strong>{' '}
            {where ? <span className="studio-place">{where}: </span> : null}
            {problemWords(t, problem)}
          </>
        );
        return (
          <li key={index} className={`studio-problem studio-problem-${problem.severity}`}>
            {place.selection ? (
              <button type="button" className="studio-problem-go" onClick={() => onSelect(place.selection!)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The problem in the author's language, from its rule and particulars; the checker's own sentence (English, written
 * for story:check) only for a rule the Studio has no words for. Particulars are story text: printable, never markup.
 */
export function problemWords(t: TFunction, problem: Problem): string {
  const params = Object.fromEntries(Object.entries(problem.params ?? {}).map(([name, value]) => [name, typeof value === 'string' ? printable(value) : value]));
  return t(`studio.problem.${problem.code}`, { ...params, defaultValue: printable(problem.message) });
}

/** "Scene 'Di warung', page 2, panel 1, balloon 2 (text)"; a translation's problem says its language first. */
export function placeWords(t: TFunction, place: Place): string {
  const parts: string[] = [];
  if (place.language) parts.push(t('studio.place-translation', { language: place.language }));
  if (place.scene) parts.push(t('studio.place-scene', { name: place.scene.title }));
  if (place.page) parts.push(t('studio.place-page', { number: place.page }));
  if (place.panel) parts.push(t('studio.place-panel', { number: place.panel }));
  if (place.balloon) parts.push(t('studio.place-balloon', { number: place.balloon }));
  if (place.choice) parts.push(t('studio.place-choice', { number: place.choice }));
  if (place.ending) parts.push(t('studio.place-ending', { name: place.ending }));
  if (place.character) parts.push(t('studio.place-character', { name: place.character }));
  const where = parts.join(', ');
  if (!place.field) return where;
  const field = t(`studio.field-${place.field}`, { defaultValue: place.field });
  return where ? `${where} (${field})` : field;
}
