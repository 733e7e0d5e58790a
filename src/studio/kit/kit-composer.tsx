/**
 * "Compose from the kit" for one panel: a background, a camera, characters and props placed on a live preview (the
 * very SVG `npm run art` makes from the same spec). "Use this picture" stores the SVG with the draft's own pictures,
 * after the art rule story:check enforces, and keeps the spec in the panel (`compose`) to change it later.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { castOf } from '../../art/look';
import { BACKGROUNDS, backgroundDef } from '../../art/kit/backgrounds/index';
import { PROPS } from '../../art/kit/props/index';
import { checkArtFile, describeArtFinding } from '../../story/art-file/index';
import type { Compose, Panel, Story } from '../../story/schema';
import { useDraftArt } from '../art/draft-art';
import { panelPixels } from '../art/picture-size';
import { pictureName } from '../art/upload-check';
import { storyArt } from '../edit/pages';
import { CharacterBuilder } from './character-builder';
import { addCharacter, addProp, newCompose, setComposedPanel, type Target } from './compose-edit';
import { composeStoryPanel } from './kit-draw';
import { KitStage } from './kit-stage';
import { PlacedEditor } from './placed-editor';
import './kit.css';

interface Props {
  story: Story;
  panel: Panel;
  change: (story: Story) => void;
  onClose: () => void;
}

export function KitComposer({ story, panel, change, onClose }: Props) {
  const { t } = useTranslation();
  const art = useDraftArt();
  const [compose, setCompose] = useState<Compose>(() => {
    const size = panelPixels(story, panel.id);
    return panel.compose ?? newCompose(size.width, size.height);
  });
  const [target, setTarget] = useState<Target | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'refused'; text: string } | null>(null);
  const cast = useMemo(() => castOf(story.characters), [story.characters]);
  const drawn = useMemo(() => composeStoryPanel(compose, story.characters), [compose, story.characters]);
  const latest = useRef(story);
  useEffect(() => {
    latest.current = story;
  }, [story]);

  const edit = (next: Compose) => {
    setCompose(next);
    setStatus(null);
  };
  const hasNight = backgroundDef(compose.background).hasNight;

  const use = async () => {
    if (!drawn) return;
    const bytes = new TextEncoder().encode(drawn.svg);
    // The kit's pictures always pass; the rule still stands between any SVG and the draft.
    const findings = checkArtFile('panel.svg', bytes);
    if (findings.length > 0) return setStatus({ kind: 'refused', text: findings.map(describeArtFinding).join(' ') });
    const name = pictureName(panel.id, 'svg', new Set([...storyArt(latest.current), ...art.files.keys()]));
    try {
      await art.add(name, new Blob([bytes], { type: 'image/svg+xml' }));
    } catch {
      return setStatus({ kind: 'refused', text: t('studio.picture-failed') });
    }
    const speakersOf = (drawnFrom: Compose) => composeStoryPanel(drawnFrom, latest.current.characters)?.speakers ?? [];
    change(setComposedPanel(latest.current, panel.id, compose, name, speakersOf));
    setStatus({ kind: 'saved', text: t('studio.kit-saved') });
  };

  return (
    <section className="kit" aria-label={t('studio.kit-title')}>
      <div className="kit-row">
        <label>
          {t('studio.kit-background')}
          <select value={compose.background} onChange={(event) => edit({ ...compose, background: event.target.value, variant: 'day' })}>
            {BACKGROUNDS.map((background) => (
              <option key={background.id} value={background.id}>
                {t(`studio.kit-bg-${background.id}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="kit-choice">
          <legend>{t('studio.kit-time')}</legend>
          {(['day', 'night'] as const).map((variant) => (
            <label key={variant}>
              <input
                type="radio"
                name={`kit-time-${panel.id}`}
                checked={(compose.variant ?? 'day') === variant}
                disabled={variant === 'night' && !hasNight}
                onChange={() => edit({ ...compose, variant })}
              />
              {t(`studio.kit-${variant}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('studio.kit-camera')}
          <select value={compose.camera ?? 'medium'} onChange={(event) => edit({ ...compose, camera: event.target.value as Compose['camera'] })}>
            {(['close', 'medium', 'wide'] as const).map((camera) => (
              <option key={camera} value={camera} disabled={camera === 'close' && !compose.characters?.length}>
                {t(`studio.kit-camera-${camera}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <KitStage compose={compose} svg={drawn?.svg ?? null} names={cast} target={target} onTarget={setTarget} onChange={edit} />
      <div className="kit-row">
        <label>
          {t('studio.kit-add-character')}
          <select
            value=""
            onChange={(event) => {
              const next = addCharacter(compose, event.target.value);
              edit(next);
              setTarget({ kind: 'character', index: (next.characters?.length ?? 1) - 1 });
            }}
          >
            <option value="">{t('studio.kit-choose')}</option>
            {cast.map((character) => (
              <option key={character.id} value={character.id}>
                {character.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('studio.kit-add-prop')}
          <select
            value=""
            onChange={(event) => {
              const next = addProp(compose, event.target.value);
              edit(next);
              setTarget({ kind: 'prop', index: (next.props?.length ?? 1) - 1 });
            }}
          >
            <option value="">{t('studio.kit-choose')}</option>
            {PROPS.map((prop) => (
              <option key={prop.id} value={prop.id}>
                {t(`studio.kit-prop-${prop.id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {target ? <PlacedEditor compose={compose} target={target} cast={cast} onChange={edit} onRemoved={() => setTarget(null)} /> : null}
      <div className="kit-row">
        <button type="button" className="button-primary" disabled={!drawn} onClick={() => void use()}>
          {t('studio.kit-use')}
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('studio.kit-close')}
        </button>
      </div>
      {status ? (
        <p role={status.kind === 'saved' ? 'status' : 'alert'} className={status.kind === 'saved' ? 'studio-status' : 'studio-art-refused'}>
          {status.text}
        </p>
      ) : null}
      <CharacterBuilder story={story} change={change} />
    </section>
  );
}
