/**
 * The character builder: a story's character gets looks (or a new character is made) from the kit's parts, with a
 * picture of the result; saved in the story as data (`look`), never as code.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { characterThumb } from '../../art/thumb';
import { BOTTOM_KINDS, HAIR_STYLES, LOOK_BUILDS, PATTERNS, SHOE_KINDS, TOP_KINDS } from '../../story/kit-schema';
import type { Look, Story } from '../../story/schema';
import { addLookedCharacter, checkLook, DEFAULT_LOOK, setLook } from './looks';
import { CharacterOptions } from '../editor/speaker-select';

const HATS = ['peci', 'cap', 'work-cap'] as const;
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
  const extras = look.extras ?? [];
  const toggle = (extra: NonNullable<Look['extras']>[number], on: boolean) =>
    edit({ ...look, extras: on ? [...extras.filter((item) => item !== extra), extra] : extras.filter((item) => item !== extra) });
  const hat = extras.find((extra) => (HATS as readonly string[]).includes(extra)) ?? '';

  const pick = <K extends string>(label: string, value: K, values: readonly K[], key: string, onPick: (value: K) => void) => (
    <label>
      {label}
      <select value={value} onChange={(event) => onPick(event.target.value as K)}>
        {values.map((item) => (
          <option key={item} value={item}>
            {t(`studio.look-${key}-${item}`)}
          </option>
        ))}
      </select>
    </label>
  );
  const colour = (label: string, value: string, onPick: (value: string) => void) => (
    <label className="kit-colour">
      {label}
      <input type="color" value={value} onChange={(event) => onPick(event.target.value)} />
    </label>
  );

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
        <div className="kit-builder-parts">
          {pick(t('studio.look-sex'), look.sex, ['f', 'm'] as const, 'sex', (sex) => edit({ ...look, sex }))}
          {pick(t('studio.look-build'), look.build, LOOK_BUILDS, 'build', (build) => edit({ ...look, build }))}
          <label>
            {t('studio.look-height')}
            <input
              type="range"
              min={0.75}
              max={1.05}
              step={0.01}
              value={look.height}
              onChange={(event) => edit({ ...look, height: Number(event.target.value) })}
            />
          </label>
          {colour(t('studio.look-skin'), look.skin, (skin) => edit({ ...look, skin }))}
          <label>
            <input
              type="checkbox"
              checked={Boolean(look.hijab)}
              onChange={(event) =>
                edit(
                  event.target.checked
                    ? { ...look, hijab: { color: '#2a9d8f' }, hair: { ...look.hair, style: 'none' } }
                    : { ...look, hijab: undefined, hair: { ...look.hair, style: look.hair.style === 'none' ? 'bun' : look.hair.style } },
                )
              }
            />
            {t('studio.look-hijab')}
          </label>
          {look.hijab ? colour(t('studio.look-hijab-colour'), look.hijab.color, (color) => edit({ ...look, hijab: { ...look.hijab, color } })) : null}
          {look.hijab ? null : pick(t('studio.look-hair'), look.hair.style, HAIR_STYLES, 'hair', (style) => edit({ ...look, hair: { ...look.hair, style } }))}
          {colour(t('studio.look-hair-colour'), look.hair.color, (color) => edit({ ...look, hair: { ...look.hair, color } }))}
          {pick(t('studio.look-top'), look.top.kind, TOP_KINDS, 'top', (kind) => edit({ ...look, top: { ...look.top, kind } }))}
          {colour(t('studio.look-top-colour'), look.top.color, (color) => edit({ ...look, top: { ...look.top, color } }))}
          {pick(t('studio.look-pattern'), look.top.pattern ?? 'none', PATTERNS, 'pattern', (pattern) => edit({ ...look, top: { ...look.top, pattern } }))}
          {pick(t('studio.look-bottom'), look.bottom.kind, BOTTOM_KINDS, 'bottom', (kind) => edit({ ...look, bottom: { ...look.bottom, kind } }))}
          {colour(t('studio.look-bottom-colour'), look.bottom.color, (color) => edit({ ...look, bottom: { ...look.bottom, color } }))}
          {pick(t('studio.look-shoes'), look.shoes.kind, SHOE_KINDS, 'shoes', (kind) => edit({ ...look, shoes: { ...look.shoes, kind } }))}
          <label>
            <input type="checkbox" checked={extras.includes('glasses')} onChange={(event) => toggle('glasses', event.target.checked)} />
            {t('studio.look-glasses')}
          </label>
          <label>
            {t('studio.look-hat')}
            <select
              value={hat}
              onChange={(event) =>
                edit({
                  ...look,
                  extras: [...extras.filter((extra) => !(HATS as readonly string[]).includes(extra)), ...HATS.filter((item) => item === event.target.value)],
                })
              }
            >
              <option value="">{t('studio.look-hat-none')}</option>
              {HATS.map((item) => (
                <option key={item} value={item}>
                  {t(`studio.look-hat-${item}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
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
