/** Where to get help: numbers to call (tap to call), the app, the offices, and when this was checked. */
import { useTranslation } from 'react-i18next';
import { HELPLINES, HELPLINES_CHECKED, ORGANISATIONS } from './helplines';
import './help.css';

export function HelpScreen() {
  const { t, i18n } = useTranslation();
  const [year, month] = HELPLINES_CHECKED.split('-').map(Number);
  const checked = new Date(Date.UTC(year!, month! - 1, 1)).toLocaleDateString(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <section className="help" aria-labelledby="help-title">
      <h1 id="help-title">{t('help.title')}</h1>
      <p className="help-intro">{t('help.intro')}</p>
      <ul className="helplines">
        {HELPLINES.map((line) => (
          <li key={line.id} className="helpline">
            <h2>{t(`help.${line.id}.name`)}</h2>
            {line.number ? (
              <a className="helpline-number" href={`tel:${line.dial}`}>
                {line.number}
              </a>
            ) : null}
            <p>{t(`help.${line.id}.when`)}</p>
          </li>
        ))}
      </ul>
      <h2>{t('help.organisations')}</h2>
      <p>{t('help.organisations-text', { names: ORGANISATIONS.join(', ') })}</p>
      <p className="help-checked">{t('help.checked', { month: checked })}</p>
    </section>
  );
}
