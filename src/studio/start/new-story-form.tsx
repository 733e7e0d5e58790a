/** Start a new story: its title, its language (one the app speaks) and its characters' names. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../ui/languages';
import { startDraft } from '../drafts/use-draft';
import { newStory, type StarterTexts } from '../edit/new-story';
import { goToDraft } from './go-to-draft';

export function NewStoryForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<string>(LANGUAGES[0].code);
  const [characters, setCharacters] = useState<string[]>(['']);
  const [failed, setFailed] = useState(false);

  const start = () => {
    const lng = language;
    const texts: StarterTexts = {
      summary: t('studio.starter.summary', { lng, title: title.trim() }),
      sceneTitle: t('studio.starter.scene', { lng }),
      description: t('studio.starter.description', { lng }),
      endingTitle: t('studio.starter.ending-title', { lng }),
      endingText: t('studio.starter.ending-text', { lng }),
    };
    startDraft(newStory({ title, language, characters }, texts), []).then(goToDraft, () => setFailed(true));
  };

  return (
    <form
      className="studio-new"
      aria-labelledby="studio-new-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) start();
      }}
    >
      <h2 id="studio-new-title">{t('studio.new')}</h2>
      <label>
        {t('studio.story-title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('studio.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {LANGUAGES.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('studio.characters')}</legend>
        {characters.map((name, index) => (
          <label key={index}>
            {t('studio.character-name', { number: index + 1 })}
            <input value={name} maxLength={100} onChange={(event) => setCharacters(characters.map((item, at) => (at === index ? event.target.value : item)))} />
          </label>
        ))}
        <button type="button" className="button-secondary" onClick={() => setCharacters([...characters, ''])}>
          {t('studio.add-character')}
        </button>
      </fieldset>
      {failed ? <p role="alert">{t('studio.storage-unavailable')}</p> : null}
      <button type="submit" className="button-primary">
        {t('studio.start')}
      </button>
    </form>
  );
}
