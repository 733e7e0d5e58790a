/**
 * The framing step: the picture as the panel will show it, drawn by the same code that makes the file. It fills the
 * panel (drag it, or the sliders, to choose the part that shows; zoom closer) or is shown whole with white bands.
 * The sliders are the keyboard's way to do what dragging does.
 */
import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { drawFramed } from './encode';
import { dragged, MAX_ZOOM, placement, shapeFit, START_FRAMING, type Fit, type Framing } from './framing';
import type { Size } from '../../story/art-file/dimensions';

const PREVIEW_WIDTH = 320;

interface Props {
  picture: ImageBitmap;
  panel: Size;
  onUse: (framing: Framing) => void;
  onCancel: () => void;
}

export function FramePicture({ picture, panel, onUse, onCancel }: Props) {
  const { t } = useTranslation();
  const [framing, setFraming] = useState<Framing>(START_FRAMING);
  const canvas = useRef<HTMLCanvasElement>(null);
  const dragFrom = useRef<{ x: number; y: number } | null>(null);
  const group = useId();
  const shown: Size = useMemo(() => ({ width: PREVIEW_WIDTH, height: Math.round((PREVIEW_WIDTH * panel.height) / panel.width) }), [panel.width, panel.height]);
  const fit = shapeFit(picture, panel);
  const filling = framing.fit === 'fill';
  const { sw, sh } = placement(picture, shown, framing);
  const slack = { x: filling && picture.width - sw > 0.5, y: filling && picture.height - sh > 0.5 };

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) drawFramed(context, picture, shown, framing);
  }, [picture, shown, framing]);

  const drag = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!dragFrom.current || !filling) return;
    const scale = shown.width / event.currentTarget.getBoundingClientRect().width; // the canvas may be drawn smaller
    const dx = (event.clientX - dragFrom.current.x) * scale;
    const dy = (event.clientY - dragFrom.current.y) * scale;
    dragFrom.current = { x: event.clientX, y: event.clientY };
    setFraming((current) => dragged(current, picture, shown, dx, dy));
  };
  const setFit = (value: Fit) => setFraming((current) => ({ ...current, fit: value }));
  const slider = (name: 'zoom' | 'x' | 'y', label: string, enabled: boolean) => (
    <label className="studio-art-slider">
      {label}
      <input
        type="range"
        min={name === 'zoom' ? 1 : 0}
        max={name === 'zoom' ? MAX_ZOOM : 1}
        step={0.01}
        value={framing[name]}
        disabled={!enabled}
        onChange={(event) => setFraming((current) => ({ ...current, [name]: Number(event.target.value) }))}
      />
    </label>
  );

  return (
    <section className="studio-art-frame" aria-label={t('studio.picture-frame-title')}>
      <h5>{t('studio.picture-frame-title')}</h5>
      <p>
        {fit.same
          ? t('studio.picture-same-shape')
          : !filling
            ? t('studio.picture-whole-bands')
            : t(fit.cut === 'sides' ? 'studio.picture-cut-sides' : 'studio.picture-cut-top', { share: Math.round(fit.cutShare * 100) })}
      </p>
      <canvas
        ref={canvas}
        className={filling ? 'studio-art-canvas studio-art-draggable' : 'studio-art-canvas'}
        width={shown.width}
        height={shown.height}
        role="img"
        aria-label={t('studio.picture-preview')}
        onPointerDown={(event) => {
          dragFrom.current = { x: event.clientX, y: event.clientY };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={drag}
        onPointerUp={() => (dragFrom.current = null)}
        onPointerCancel={() => (dragFrom.current = null)}
      />
      {fit.same ? null : (
        <fieldset className="studio-art-fit">
          <legend>{t('studio.picture-fit')}</legend>
          {(['fill', 'whole'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={group} checked={framing.fit === value} onChange={() => setFit(value)} />
              {t(value === 'fill' ? 'studio.picture-fit-fill' : 'studio.picture-fit-whole')}
            </label>
          ))}
        </fieldset>
      )}
      {filling ? <p className="studio-art-hint">{t('studio.picture-drag-hint')}</p> : null}
      {slider('zoom', t('studio.picture-zoom'), filling)}
      {slider('x', t('studio.picture-left-right'), slack.x)}
      {slider('y', t('studio.picture-up-down'), slack.y)}
      <div className="studio-row">
        <button type="button" className="button-primary" onClick={() => onUse(framing)}>
          {t('studio.picture-use')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('studio.picture-cancel')}
        </button>
      </div>
    </section>
  );
}
