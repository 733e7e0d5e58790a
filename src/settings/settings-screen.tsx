/** Settings: language, text size, motion, contrast, reading view, the reader's progress (move or reset) and storage. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../ui/languages';
import { TEXT_SIZES, useSettings, type Motion, type ReadingView } from '../store/settings';
import { AppQrSection } from './app-qr-section';
import { ProgressSection } from './progress-section';
import { RadioGroup } from './radio-group';
import { StorageSection } from './storage-section';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <RadioGroup
        legend={t('settings.language')}
        name="language"
        value={settings.language}
        options={LANGUAGES.map((language) => ({
          value: language.code,
          label: language.draft ? `${language.name} (${t('settings.draft')})` : language.name,
          lang: language.code,
        }))}
        onChange={(language) => settings.update({ language })}
      />
      <RadioGroup
        legend={t('settings.text-size')}
        name="text-size"
        value={String(settings.textSize)}
        options={TEXT_SIZES.map((_size, index) => ({ value: String(index), label: t(`settings.text-size-${index}`) }))}
        onChange={(value) => settings.update({ textSize: Number(value) })}
      />
      <RadioGroup
        legend={t('settings.motion')}
        name="motion"
        value={settings.motion}
        options={(['system', 'reduce', 'full'] as Motion[]).map((value) => ({ value, label: t(`settings.motion-${value}`) }))}
        onChange={(motion) => settings.update({ motion: motion as Motion })}
      />
      <RadioGroup
        legend={t('settings.view')}
        name="view"
        value={settings.view}
        options={(['auto', 'guided', 'page'] as ReadingView[]).map((value) => ({ value, label: t(`settings.view-${value}`) }))}
        onChange={(view) => settings.update({ view: view as ReadingView })}
      />
      <fieldset className="setting">
        <legend>{t('settings.contrast')}</legend>
        <label className="switch">
          <input type="checkbox" checked={settings.highContrast} onChange={(event) => settings.update({ highContrast: event.target.checked })} />
          <span>{t('settings.contrast-high')}</span>
        </label>
      </fieldset>
      <ProgressSection />
      <StorageSection />
      <AppQrSection />
    </section>
  );
}
