/**
 * The character builder: a story's character gets looks (or a new character is made) from the kit's parts, with a
 * picture of the result; saved in the story as data (`look`), never as code.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { characterThumb } from '../../art/thumb';
import type { Look, Story } from '../../story/schema';
import { LookParts } from './look-parts';
import { addLookedCharacter, checkLook, DEFAULT_LOOK, setLook } from './looks';
import { CharacterOptions } from '../editor/speaker-select';

const NEW = '';

export function CharacterBuilder({ story, change }: { story: Story; change: (story: Story) => void }) {
  const { t } = useTranslation();
  const [who, setWho] = useState(NEW);
  const [name, setName] = useState('');
  const [look, setDraftLook] = useState<Look>(DEFAULT_LOOK);
  const [saved, setSaved] = useState<string | null>(null);
  const checked = useMemo(() => checkLook(look), [look]);
  const picture = useMemo(() => {
    if (!checked.ok) return null;
    const def = { ...checked.look, id: 'preview', name: '', story: 0, description: '', extras: checked.look.extras ?? [] };
    return `data:image/svg+xml,${encodeURIComponent(characterThumb(def, 'stand', 'happy'))}`;
  }, [checked]);
  const edit = (next: Look) => {
    setDraftLook(next);
    setSaved(null);
  };
  const save = () => {
    if (!checked.ok) return;
    if (who === NEW) {
      const added = addLookedCharacter(story, name.trim() || t('studio.look-unnamed'), checked.look);
      change(added.story);
      setWho(added.id);
    } else change(setLook(story, who, checked.look));
    setSaved(t('studio.look-saved'));
  };

  return (
    <details className="kit-builder">
      <summary>{t('studio.look-title')}</summary>
      <div className="kit-row">
        <label>
          {t('studio.look-who')}
          <select
            value={who}
            onChange={(event) => {
              setWho(event.target.value);
              edit(story.characters.find((character) => character.id === event.target.value)?.look ?? DEFAULT_LOOK);
            }}
          >
            <option value={NEW}>{t('studio.look-new')}</option>
            <CharacterOptions characters={story.characters} />
          </select>
        </label>
        {who === NEW ? (
          <label>
            {t('studio.look-name')}
            <input value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
          </label>
        ) : null}
      </div>
      <div className="kit-builder-body">
        {picture ? <img className="kit-builder-picture" src={picture} alt="" /> : null}
        <LookParts look={look} edit={edit} />
      </div>
      {checked.ok ? null : <p role="alert">{checked.problem}</p>}
      <button type="button" className="button-secondary" disabled={!checked.ok} onClick={save}>
        {t('studio.look-save')}
      </button>
      {saved ? (
        <p role="status" className="studio-status">
          {saved}
        </p>
      ) : null}
    </details>
  );
}
