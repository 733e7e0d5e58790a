/**
 * "Choose a picture" for one panel: a PNG, JPEG or WebP is framed to the panel's shape and re-drawn as a WebP within
 * the panel's budget; an SVG is kept as it is if the art rule accepts it. Either is stored with the draft first and
 * only then set as the panel's picture, so a full phone changes nothing. Refusals say why, in plain words.
 */
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArtSource } from '../../comic/art-source';
import { printable } from '../../story/printable';
import type { Panel, Story } from '../../story/schema';
import { setCover, setPanel, storyArt } from '../edit/pages';
import { useDraftArt } from './draft-art';
import { decodePicture, encodePanel } from './encode';
import { FramePicture } from './frame-picture';
import type { Framing } from './framing';
import { fileSize, MAX_UPLOAD_BYTES, PANEL_BUDGET_BYTES, panelPixels } from './picture-size';
import { tidySvg } from './svg-tidy';
import { checkUpload, pictureName } from './upload-check';
import './art.css';

type Step =
  | { state: 'idle' | 'working' }
  | { state: 'framing'; picture: ImageBitmap }
  | { state: 'saved'; bytes: number; removed: string[] }
  | { state: 'refused'; message: string; reasons?: string[] };

interface Props {
  story: Story;
  panel: Panel;
  change: (story: Story) => void;
}

export function PanelPicture({ story, panel, change }: Props) {
  const { t } = useTranslation();
  const art = useDraftArt();
  const source = useContext(ArtSource);
  const hintId = useId();
  const [step, setStep] = useState<Step>({ state: 'idle' });
  // The story as it is when a slow upload ends, so an edit made meanwhile is kept.
  const latest = useRef(story);
  useEffect(() => {
    latest.current = story;
  }, [story]);

  const budget = fileSize(PANEL_BUDGET_BYTES);
  const refuse = (message: string, reasons?: string[]) => setStep({ state: 'refused', message, reasons });

  /** Stores the picture with the draft, then makes it the panel's. */
  const keep = async (blob: Blob, extension: 'webp' | 'svg', removed: string[] = []) => {
    const name = pictureName(panel.id, extension, new Set([...storyArt(latest.current), ...art.files.keys()]));
    try {
      await art.add(name, blob);
    } catch (error) {
      return refuse(t(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'studio.picture-full' : 'studio.picture-failed'));
    }
    change(setPanel(latest.current, panel.id, { art: name }));
    setStep({ state: 'saved', bytes: blob.size, removed });
  };

  const choose = async (file: File) => {
    const named = { file: printable(file.name) };
    if (file.size > MAX_UPLOAD_BYTES) return refuse(t('studio.picture-too-large', { ...named, size: fileSize(file.size), max: fileSize(MAX_UPLOAD_BYTES) }));
    setStep({ state: 'working' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const upload = checkUpload(file.name, file.type, bytes, tidySvg);
    if (!upload.ok) {
      if (upload.refusal === 'unsafe-svg') return refuse(t('studio.picture-unsafe', named), upload.reasons);
      if (upload.refusal === 'not-a-picture') return refuse(t('studio.picture-not-picture', named));
      if (upload.refusal === 'too-many-pixels') return refuse(t('studio.picture-too-many-pixels', { ...named, size: `${upload.width} × ${upload.height}` }));
      return refuse(t('studio.picture-svg-too-large', { ...named, size: fileSize(upload.bytes), max: budget }));
    }
    if (upload.kind === 'svg') return keep(new Blob([new Uint8Array(upload.bytes)], { type: 'image/svg+xml' }), 'svg', upload.removed);
    const picture = await decodePicture(file);
    if (!picture) return refuse(t('studio.picture-unreadable', named));
    setStep({ state: 'framing', picture });
  };

  const use = async (picture: ImageBitmap, framing: Framing) => {
    setStep({ state: 'working' });
    const encoded = await encodePanel(picture, panelPixels(latest.current, panel.id), framing);
    picture.close();
    if (encoded.ok) return keep(encoded.blob, 'webp');
    refuse(encoded.refusal === 'no-webp' ? t('studio.picture-no-webp') : t('studio.picture-over-budget', { size: fileSize(encoded.bytes), max: budget }));
  };

  const own = art.files.get(panel.art);
  const busy = step.state === 'working' || step.state === 'framing';
  return (
    <div className="studio-art">
      {own ? (
        <figure className="studio-art-own">
          {/* The panel's description is its text alternative, in the field above: the thumbnail adds nothing to hear. */}
          <img src={source(story.id, panel.art)} alt="" />
          <figcaption>
            {step.state !== 'saved' ? <p className="studio-art-hint">{t('studio.picture-own', { size: fileSize(own.size), budget })}</p> : null}
            {story.cover === panel.art ? (
              <p className="studio-art-hint">{t('studio.picture-is-cover')}</p>
            ) : (
              <button type="button" className="button-quiet" onClick={() => change(setCover(story, panel.art))}>
                {t('studio.picture-make-cover')}
              </button>
            )}
          </figcaption>
        </figure>
      ) : null}
      <div className="studio-art-choose">
        {/* A button in the app's words, not the browser's own "Choose file" (often in another language). */}
        <label className={busy ? 'button-secondary studio-art-button studio-art-busy' : 'button-secondary studio-art-button'}>
          {t('studio.picture-choose')}
          <input
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg,image/webp,image/svg+xml,.svg"
            aria-describedby={hintId}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
        </label>
        <p id={hintId} className="studio-art-hint">
          {t('studio.picture-kinds')}
        </p>
      </div>
      {step.state === 'working' ? <p role="status">{t('studio.picture-working')}</p> : null}
      {step.state === 'framing' ? (
        <FramePicture
          picture={step.picture}
          panel={panelPixels(story, panel.id)}
          onUse={(framing) => void use(step.picture, framing)}
          onCancel={() => {
            step.picture.close();
            setStep({ state: 'idle' });
          }}
        />
      ) : null}
      {step.state === 'saved' ? (
        <p role="status" className="studio-status">
          {t('studio.picture-saved', { size: fileSize(step.bytes), budget })}
          {step.removed.length > 0 ? ` ${t('studio.picture-notes-removed', { notes: step.removed.slice(0, 6).join(', ') })}` : null}
        </p>
      ) : null}
      {step.state === 'refused' ? (
        <div role="alert" className="studio-art-refused">
          <p>{step.message}</p>
          {step.reasons ? (
            <ul>
              {step.reasons.slice(0, 8).map((reason, index) => (
                <li key={index}>{printable(reason)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
