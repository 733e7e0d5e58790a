/**
 * The composition's live preview with a handle on each character and prop: drag it, or focus it and use the arrow
 * keys (Shift for bigger steps), as the balloons' handles on the panel stage work.
 */
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharacterDef } from '../../art/kit/characters/types';
import type { Compose } from '../../story/schema';
import { startDrag } from '../stage/drag';
import { arrowStep } from '../stage/geometry';
import { moveTarget, placeOf, type Target } from './compose-edit';

interface Props {
  compose: Compose;
  svg: string | null;
  names: readonly CharacterDef[];
  target: Target | null;
  onTarget: (target: Target) => void;
  onChange: (compose: Compose) => void;
}

export function KitStage({ compose, svg, names, target, onTarget, onChange }: Props) {
  const { t } = useTranslation();
  // A data URL: nothing to revoke as the picture changes with every move.
  const url = useMemo(() => (svg ? `data:image/svg+xml,${encodeURIComponent(svg)}` : null), [svg]);
  const room = useRef<HTMLDivElement>(null);
  const same = (a: Target | null, b: Target) => a?.kind === b.kind && a.index === b.index;
  const targets: { target: Target; label: string }[] = [
    ...(compose.characters ?? []).map((placed, index) => ({
      target: { kind: 'character' as const, index },
      label: names.find((character) => character.id === placed.id)?.name ?? placed.id,
    })),
    ...(compose.props ?? []).map((placed, index) => ({ target: { kind: 'prop' as const, index }, label: t(`studio.kit-prop-${placed.id}`) })),
  ];

  const grab = (item: Target) => (event: PointerEvent<HTMLButtonElement>) => {
    onTarget(item);
    const from = placeOf(compose, item);
    if (!room.current || !from) return;
    let last = compose;
    startDrag(
      event,
      room.current,
      (dx, dy) => {
        last = moveTarget(compose, item, from, dx, dy);
        onChange(last);
      },
      (dropped) => !dropped && onChange(compose),
    );
  };
  const key = (item: Target) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = arrowStep(event.key, event.shiftKey);
    const from = placeOf(compose, item);
    if (!step || !from) return;
    event.preventDefault();
    onChange(moveTarget(compose, item, from, step.x, step.y));
  };

  return (
    <div className="kit-room" ref={room} style={{ aspectRatio: `${compose.width} / ${compose.height}` }}>
      {url ? <img src={url} alt={t('studio.kit-preview')} className="kit-preview" /> : <p role="alert">{t('studio.kit-cannot-draw')}</p>}
      {targets.map(({ target: item, label }) => {
        const at = placeOf(compose, item)!;
        return (
          <button
            key={`${item.kind}-${item.index}`}
            type="button"
            className={same(target, item) ? 'kit-handle kit-handle-selected' : 'kit-handle'}
            style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
            aria-label={t('studio.kit-move', { name: label })}
            aria-pressed={same(target, item)}
            onPointerDown={grab(item)}
            onClick={() => onTarget(item)}
            onKeyDown={key(item)}
          >
            <span aria-hidden="true">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
