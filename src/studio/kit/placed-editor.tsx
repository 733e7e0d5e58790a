/**
 * The selected character's pose, expression, facing and size (poses and expressions picked from pictures of that very
 * character), or the selected prop's size and facing; and taking either out of the picture.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPRESSIONS, POSES, type CharacterDef, type ExpressionId, type PoseId } from '../../art/kit/characters/types';
import { characterThumb } from '../../art/thumb';
import type { Compose } from '../../story/schema';
import { removeTarget, setCharacter, type Target } from './compose-edit';
import { svgUrl, Thumb } from './thumb-choice';

interface Props {
  compose: Compose;
  target: Target;
  cast: readonly CharacterDef[];
  onChange: (compose: Compose) => void;
  onRemoved: () => void;
}

export function PlacedEditor({ compose, target, cast, onChange, onRemoved }: Props) {
  const { t } = useTranslation();
  const placed = target.kind === 'character' ? compose.characters?.[target.index] : compose.props?.[target.index];
  const def = target.kind === 'character' ? cast.find((character) => character.id === placed?.id) : undefined;
  const character = target.kind === 'character' ? compose.characters?.[target.index] : undefined;
  const poses = useMemo(() => (def ? POSES.map((pose) => ({ pose, url: svgUrl(characterThumb(def, pose, 'neutral')) })) : []), [def]);
  const faces = useMemo(() => (def ? EXPRESSIONS.map((expression) => ({ expression, url: svgUrl(characterThumb(def, 'stand', expression)) })) : []), [def]);
  if (!placed) return null;
  const name = def?.name ?? t(`studio.kit-prop-${placed.id}`);
  const set = (change: { scale?: number; flip?: boolean; pose?: string; expression?: string }) =>
    target.kind === 'character'
      ? onChange(setCharacter(compose, target.index, change))
      : onChange({ ...compose, props: (compose.props ?? []).map((prop, at) => (at === target.index ? { ...prop, ...change } : prop)) });

  return (
    <div className="kit-placed" role="group" aria-label={name}>
      <p className="kit-placed-name">{name}</p>
      {character ? (
        <>
          <fieldset className="kit-thumbs">
            <legend>{t('studio.kit-pose')}</legend>
            {poses.map(({ pose, url }) => (
              <Thumb
                key={pose}
                url={url}
                label={t(`studio.kit-pose-${pose}`)}
                chosen={character.pose === pose}
                onChoose={() => set({ pose: pose as PoseId })}
              />
            ))}
          </fieldset>
          <fieldset className="kit-thumbs kit-faces">
            <legend>{t('studio.kit-expression')}</legend>
            {faces.map(({ expression, url }) => (
              <Thumb
                key={expression}
                url={url}
                label={t(`studio.kit-face-${expression}`)}
                chosen={character.expression === expression}
                onChoose={() => set({ expression: expression as ExpressionId })}
              />
            ))}
          </fieldset>
        </>
      ) : null}
      <div className="kit-row">
        <label>
          <input type="checkbox" checked={placed.flip ?? false} onChange={(event) => set({ flip: event.target.checked })} />
          {t('studio.kit-faces-left')}
        </label>
        <label>
          {t('studio.kit-size')}
          <input type="range" min={0.5} max={1.6} step={0.05} value={placed.scale ?? 1} onChange={(event) => set({ scale: Number(event.target.value) })} />
        </label>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            onChange(removeTarget(compose, target));
            onRemoved();
          }}
        >
          {t('studio.kit-remove', { name })}
        </button>
      </div>
    </div>
  );
}
