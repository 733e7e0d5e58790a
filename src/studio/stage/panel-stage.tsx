/**
 * The panel stage: the panel as the reader draws it (its picture, or its description when there is none, and its
 * balloons by the reader's own component, at a phone's size), with handles to place the balloons on it. The balloon
 * list below edits the same story: a change here shows there, and the other way round.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelView } from '../../comic/panel-view';
import { phonePanelSize } from '../../story/check/text-fit';
import { BALLOON_KINDS, type Balloon, type BalloonKind, type Panel } from '../../story/schema';
import { TEXT_SIZES } from '../../store/settings';
import { addBalloon, setBalloon, SPOKEN_KINDS } from '../edit/balloons';
import type { Editing } from '../editor/editing';
import { speakerTail } from '../kit/speaker-tail';
import { BalloonHandles } from './balloon-handles';
import { startDrag } from './drag';
import { fitsNormal, panelShape } from './fit';
import { arrowStep, defaultTail, type Grip } from './geometry';
import { SelectedBalloon } from './selected-balloon';
import { movedBalloon, placeBalloon, setBalloonTail } from './place-balloon';
import './stage.css';

/** The story's own words, as typed: the stage shows the draft's source language. */
const sourceText = (key: string, fallback?: string) => fallback ?? key;

export function PanelStage({ panel, sceneId, ...editing }: Editing & { panel: Panel; sceneId: string }) {
  const { t } = useTranslation();
  const { story, change, selection, select, translations = [] } = editing;
  const frame = useRef<HTMLDivElement>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const [kind, setKind] = useState<BalloonKind>('speech');
  // The picture at one of the reader's text sizes (the normal one, story:check's, unless the author asks), whatever
  // size the author reads the app at.
  const [size, setSize] = useState(0);
  // The balloon as a drag has it, before it is dropped: only the stage draws it, the story changes once, at the drop.
  const [dragged, setDragged] = useState<Balloon | null>(null);
  // The drop applies to the story as it is then, not as it was when the drag began.
  const latest = useRef({ story, change });
  useEffect(() => {
    latest.current = { story, change };
  });
  const shown = dragged ? { ...panel, balloons: panel.balloons.map((balloon) => (balloon.id === dragged.id ? dragged : balloon)) } : panel;
  const shape = panelShape(story, panel.id) ?? { aspect: 1, frameWidth: 1 };
  const phone = phonePanelSize(shape.aspect);
  const selected = selection.panelId === panel.id ? shown.balloons.find((balloon) => balloon.id === selection.balloonId) : undefined;
  const selectBalloon = useCallback((balloonId: string) => select({ sceneId, panelId: panel.id, balloonId }), [select, sceneId, panel.id]);

  // Each drag is one undo step: the story changes at the drop only.
  const grab = (balloon: Balloon) => (event: PointerEvent<HTMLElement>, grip: Grip) => {
    if (!frame.current) return;
    let last: Balloon | null = null;
    startDrag(
      event,
      frame.current,
      (dx, dy) => {
        last = movedBalloon(balloon, grip, dx, dy);
        setDragged(last);
      },
      (dropped) => {
        setDragged(null);
        if (dropped && last) latest.current.change(placeBalloon(latest.current.story, panel.id, last));
      },
    );
  };
  const key = (balloon: Balloon) => (event: KeyboardEvent<HTMLElement>, grip: Grip) => {
    if (grip === 'move' && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      setTyping(balloon.id);
      return;
    }
    const step = arrowStep(event.key, event.shiftKey);
    if (!step) return;
    event.preventDefault();
    // Alt with the arrows resizes from the bottom right corner (the corners' own handles do the same from theirs).
    const acting: Grip = grip === 'move' && event.altKey ? 'bottom-right' : grip;
    change(placeBalloon(story, panel.id, movedBalloon(balloon, acting, step.x, step.y)), `stage ${panel.id} ${balloon.id} ${acting} keys`);
  };
  const add = () => {
    const added = addBalloon(story, panel.id, kind);
    const balloon = added.scenes
      .flatMap((scene) => scene.pages.flatMap((page) => page.panels))
      .find((item) => item.id === panel.id)!
      .balloons.at(-1)!;
    change(SPOKEN_KINDS.includes(kind) ? setBalloonTail(added, panel.id, balloon.id, defaultTail(balloon.box)) : added);
    selectBalloon(balloon.id);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-grip="${panel.id} ${balloon.id} move"]`)?.focus());
    // On a panel composed from the kit, the tail then turns to the speaker's mouth (the kit loads for it).
    if (SPOKEN_KINDS.includes(kind))
      void speakerTail(panel, story.characters, balloon).then(
        (tail) => tail && latest.current.change(setBalloonTail(latest.current.story, panel.id, balloon.id, tail), `stage ${panel.id} ${balloon.id} tail`),
      );
  };

  return (
    <div className="stage" role="group" aria-label={t('studio.stage')}>
      <div className="stage-tools">
        <label>
          {t('studio.stage-new-kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as BalloonKind)}>
            {BALLOON_KINDS.map((item) => (
              <option key={item} value={item}>
                {t(`studio.kind-${item}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" onClick={add}>
          {t('studio.stage-add')}
        </button>
        <label>
          {t('studio.stage-size')}
          <select value={size} onChange={(event) => setSize(Number(event.target.value))}>
            {TEXT_SIZES.map((_, index) => (
              <option key={index} value={index}>
                {t(`settings.text-size-${index}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        className="stage-room"
        style={{ width: phone.width, ['--panel-aspect' as string]: String(shape.aspect), ['--text-scale' as string]: String(TEXT_SIZES[size]) }}
      >
        <PanelView
          story={story}
          panel={shown}
          text={sourceText}
          aspect={shape.aspect}
          frameWidth={shape.frameWidth}
          animate={false}
          textScale={TEXT_SIZES[size]!}
        />
        <div className="stage-handles" ref={frame}>
          {shown.balloons.map((balloon, index) => (
            <BalloonHandles
              key={balloon.id}
              balloon={balloon}
              grip={`${panel.id} ${balloon.id}`}
              number={index + 1}
              keysHelp={`stage-keys-${panel.id}`}
              selected={balloon === selected}
              overflows={!fitsNormal(story, translations, panel.id, balloon, shape)}
              typing={typing === balloon.id}
              onSelect={() => selectBalloon(balloon.id)}
              onGrab={grab(panel.balloons[index]!)}
              onKey={key(balloon)}
              onType={(text) => change(setBalloon(story, panel.id, balloon.id, { text }), `balloon ${panel.id} ${balloon.id} text`)}
              onTyped={() => {
                setTyping(null);
                requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-grip="${panel.id} ${balloon.id} move"]`)?.focus());
              }}
            />
          ))}
        </div>
      </div>
      <p id={`stage-keys-${panel.id}`} className="stage-keys">
        {t('studio.stage-keys')}
      </p>
      {selected ? (
        <SelectedBalloon
          {...editing}
          panel={panel}
          balloon={selected}
          number={shown.balloons.indexOf(selected) + 1}
          shape={shape}
          onType={() => setTyping(selected.id)}
        />
      ) : null}
    </div>
  );
}
