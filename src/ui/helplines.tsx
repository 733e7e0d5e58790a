/**
 * The helplines page's body (numbers to call, the app, the offices, when this was checked): one component for the
 * help screen, the end of a projected session and the printed booklet, so all three say the same thing.
 */
import { useTranslation } from 'react-i18next';
import { HELPLINES, HELPLINES_CHECKED, ORGANISATIONS } from '../content/helplines';
import { formatMonth } from './dates';
import { useHelpWords } from './help-words';
import './helplines.css';

/** The month the list was checked, in the reader's language ("November 2026"). */
export function useHelplinesChecked(): string {
  const { t } = useTranslation();
  return formatMonth(t, HELPLINES_CHECKED);
}

/** When a story's facts (costs, offices, procedures) were checked, a month "YYYY-MM", in the reader's language. */
export function useFactsChecked(month: string | undefined): string | null {
  const { t } = useTranslation();
  return month ? t('story.facts-checked', { month: formatMonth(t, month) }) : null;
}

/**
 * `heading` is the level of the entries' headings, under the caller's own title. Beside a story (its end on the wall,
 * its printed back page), `factsChecked` adds when that story's facts were checked.
 */
export function Helplines({ heading = 2, factsChecked }: { heading?: 2 | 3; factsChecked?: string }) {
  const t = useHelpWords();
  const checked = useHelplinesChecked();
  const storyChecked = useFactsChecked(factsChecked);
  const Heading = heading === 2 ? 'h2' : 'h3';
  return (
    <div className="helplines-page">
      <ul className="helplines">
        {HELPLINES.map((line) => (
          <li key={line.id} className="helpline">
            <Heading>{t(`help.${line.id}.name`)}</Heading>
            {line.number ? (
              <a className="helpline-number" href={`tel:${line.dial}`}>
                {line.number}
              </a>
            ) : null}
            <p>{t(`help.${line.id}.when`)}</p>
          </li>
        ))}
      </ul>
      <Heading>{t('help.organisations')}</Heading>
      <p>{t('help.organisations-text', { names: ORGANISATIONS.join(', ') })}</p>
      <p className="help-checked">
        {t('help.checked', { month: checked })}
        {storyChecked ? ` ${storyChecked}` : null}
      </p>
    </div>
  );
}
