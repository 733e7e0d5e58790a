/**
 * Guided reading: one panel at a time, as large as the screen allows, with its balloons appearing in order.
 * The panels one step back and one step on are already rendered, laid out and loaded, invisible, in the same
 * place: a tap only makes one of them the current panel, which comes in with its authored transition (CSS). On a
 * slow phone that is the difference between a tap that answers at once and one that waits for a whole render.
 */
import { flushSync } from 'react-dom';
import { memo, startTransition, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { panelById } from '../engine';
import { panelAspect } from '../story/reading-order';
import { storyKeys } from '../story/strings';
import type { Story } from '../story/schema';
import { balloonShare, balloonsFit } from '../comic/balloon-fit';
import { PanelView } from '../comic/panel-view';
import { panelEntrances } from '../comic/transitions';
import type { PanelAt } from './use-reading';
import { useTapZones } from './use-reader-input';
import { useShortLandscape } from './use-wide-screen';

interface Props {
  story: Story;
  current: PanelAt;
  around: { behind: PanelAt | null; ahead: PanelAt | null };
  text: (key: string, fallback?: string) => string;
  textScale: number;
  onNext: () => void;
  onBack: () => void;
  onShowPage: () => void;
}

/** A panel's key: scene and panel IDs are slugs, so "scene/panel" is unambiguous. */
const keyOf = (panel: PanelAt) => `${panel.sceneId}/${panel.panelId}`;

/**
 * The panels to keep in the page, in reading order. The neighbours follow a step late, once the tap's own frame has
 * been painted (a transition after the next frame), and the step's panels stay until then, so the tap itself adds
 * and removes nothing. (Kept as one string, so an unrelated re-render changes nothing.)
 */
function usePanelWindow(current: PanelAt, around: Props['around']): string[] {
  const wanted = [around.behind, current, around.ahead].flatMap((panel) => (panel ? [keyOf(panel)] : [])).join(' ');
  const [kept, setKept] = useState(() => keyOf(current));
  useEffect(() => {
    if (kept === wanted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setKept(wanted)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [kept, wanted]);
  const keys = kept.split(' ');
  // After a jump (the current panel was not a neighbour) it is shown alone until its neighbours follow.
  return keys.includes(keyOf(current)) ? keys : [keyOf(current)];
}

export function GuidedView({ story, current, around, text, textScale, onNext, onBack, onShowPage }: Props) {
  const { t } = useTranslation();
  const keys = usePanelWindow(current, around);
  const currentKey = keyOf(current);
  // The panel the reader opens on is simply there; every panel after the first step comes in with its transition
  // and its balloons one by one. The neighbours are ready with theirs from the start, so a tap only swaps classes.
  const [openedOn] = useState(currentKey);
  const [moved, setMoved] = useState(false);
  if (!moved && currentKey !== openedOn) setMoved(true);
  const [stage, stageSize] = useStageSize();
  // A tap to a neighbour shows it at once, in the page itself (showNow: the classes React renders for it as the
  // current panel; no render at all, since even this view's own render cost a slow phone ~15 ms), and the reader's
  // step (saved place, progress, the new neighbours, this view) follows once that frame has been painted, in a
  // transition. Until that step is rendered the page is one tap ahead of React: a second step first renders the one
  // waiting (so the two add up), and every render of another current panel puts the page back as React has it.
  const waiting = useRef<{ move: () => void; taken: boolean } | null>(null);
  const take = (tapped: { move: () => void; taken: boolean }) => {
    if (tapped.taken) return;
    tapped.taken = true;
    tapped.move();
  };
  useLayoutEffect(() => {
    if (waiting.current?.taken) waiting.current = null;
    for (const wrapper of stage.current?.querySelectorAll<HTMLElement>(':scope > [data-panel-key]') ?? [])
      showNow(wrapper, wrapper.dataset.panelKey === currentKey);
  }, [stage, currentKey]);
  const step = (to: PanelAt | null, move: () => void) => {
    const tapped = waiting.current;
    if (tapped) {
      flushSync(() => take(tapped));
      return move();
    }
    const panel = (key: string) => stage.current?.querySelector<HTMLElement>(`:scope > [data-panel-key="${key}"]`);
    const [from, shown] = [panel(currentKey), to && panel(keyOf(to))];
    // Any other step (to choices, an ending, a panel not in the page) renders a new screen: in a transition, so a slow
    // phone draws it in slices between frames instead of one long task.
    if (!from || !shown) return startTransition(move);
    showNow(from, false);
    showNow(shown, true);
    const step = { move, taken: false };
    waiting.current = step;
    afterNextFrame(() => startTransition(() => take(step)));
  };
  // A tap while the balloons are still appearing shows them all at once; the next tap moves on.
  const zones = useTapZones({
    onNext: () => showBalloonsNow(stage.current) || step(around.ahead, onNext),
    onBack: () => step(around.behind, onBack),
    onLongPress: onShowPage,
  });
  const beside = useShortLandscape();
  return (
    <div className="guided-stage" ref={stage} {...zones} aria-describedby="guided-help" aria-live="polite">
      <p id="guided-help" className="visually-hidden">
        {t('reader.tap-help')}
      </p>
      {keys.map((key) => (
        <GuidedPanel
          key={key}
          story={story}
          panelKey={key}
          current={key === currentKey}
          entrance={moved || key !== openedOn ? 'authored' : 'none'}
          text={text}
          textScale={textScale}
          textBeside={beside}
          stageSize={stageSize}
        />
      ))}
    </div>
  );
}

/** Shows a kept panel, or hides it, with the classes GuidedPanel renders for it then. */
function showNow(wrapper: HTMLElement, shown: boolean): void {
  const className = panelClass(shown, wrapper.dataset.entrance ?? '', wrapper.classList.contains('guided-text-below'));
  if (wrapper.className !== className) wrapper.className = className;
  if (shown) wrapper.removeAttribute('aria-hidden');
  else wrapper.setAttribute('aria-hidden', 'true');
}

const panelClass = (shown: boolean, entrance: string, below: boolean) =>
  `${shown ? `guided-panel ${entrance}` : 'guided-panel-waiting'}${below ? ' guided-text-below' : ''}`;

/** Runs `then` in a task after the next frame (a frame's own callbacks run before its paint). */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => window.setTimeout(then));
}

/** Finishes the current panel's balloon entrances; false when none was still under way. */
function showBalloonsNow(stage: HTMLElement | null): boolean {
  const panel = stage?.querySelector('.guided-panel');
  // (A DOM without animations, as in the component tests, has none under way.)
  const appearing = (panel && 'getAnimations' in panel ? panel.getAnimations({ subtree: true }) : []).filter(
    (animation) => animation instanceof CSSAnimation && animation.animationName === 'balloon-in' && animation.playState === 'running',
  );
  for (const animation of appearing) animation.finish();
  return appearing.length > 0;
}

/**
 * The stage's size as CSS variables, so a panel can fit it both ways (container query units would do it in CSS, but a
 * size container makes the browser restyle and lay out everything inside it at every tap: 4x slower here), and as a
 * string the panels' fit is decided for: the stage shrinks when larger text makes the bars taller, and a panel is
 * fitted again to the room it has then. Rendered at once, before that frame is painted (flushSync), so a panel never
 * shows a fit decided for another size.
 */
function useStageSize() {
  const stage = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState('');
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      element.style.setProperty('--stage-w', `${width}px`);
      element.style.setProperty('--stage-h', `${height}px`);
      // Named by its outer size: a scrollbar that comes with text below the art is no new room to fit again.
      const outer = entry.borderBoxSize[0];
      flushSync(() => setSize(outer ? `${Math.round(outer.inlineSize)}x${Math.round(outer.blockSize)}` : `${Math.round(width)}x${Math.round(height)}`));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [stage, size] as const;
}

interface PanelProps {
  story: Story;
  /** The panel as "scene/panel" (a string, so the memo holds across renders). */
  panelKey: string;
  current: boolean;
  /** 'none' until the reader has moved from the panel they opened on. */
  entrance: 'none' | 'authored';
  text: (key: string, fallback?: string) => string;
  textScale: number;
  /** A phone on its side: the text always goes beside the art. */
  textBeside: boolean;
  /** The stage's size ("" until measured): the fit is decided for it. */
  stageSize: string;
}

const GuidedPanel = memo(function GuidedPanel({ story, panelKey, current, entrance, text, textScale, textBeside, stageSize }: PanelProps) {
  const { i18n } = useTranslation();
  const wrapper = useRef<HTMLDivElement>(null);
  const [sceneId, panelId] = panelKey.split('/');
  const place = panelById(story, sceneId!, panelId!)!;
  const aspect = panelAspect(story, place.frame);
  // The words themselves are part of what is measured: a translation arriving after the language changed re-decides.
  const words = place.panel.balloons.map((balloon) => text(storyKeys.balloon(place.panel.id, balloon.id), balloon.text)).join('\n');
  const below = useTextBelow(wrapper, textBeside, stageSize && `${panelKey} ${textScale} ${i18n.language} ${stageSize} ${words}`);
  const entranceClass = panelEntrances[entrance === 'none' ? 'none' : (place.panel.transition ?? 'fade')];
  return (
    <div
      ref={wrapper}
      className={panelClass(current, entranceClass, below)}
      data-panel-key={panelKey}
      data-entrance={entranceClass}
      // The text size here too, not only on the root (set by an effect, after this panel's fit was measured).
      style={{ ['--panel-aspect' as string]: String(aspect), ['--text-scale' as string]: String(textScale) }}
      aria-hidden={current ? undefined : true}
    >
      {/* The panel opened on is there at once, balloons too (it may have been painted from the page's HTML already). */}
      <PanelView
        story={story}
        panel={place.panel}
        text={text}
        aspect={aspect}
        frameWidth={place.frame.w}
        animate={entrance === 'authored'}
        textScale={textScale}
        textBelow={below}
      />
    </div>
  );
});

/** Balloons covering more of the panel than this hide what it shows: the text goes below. */
const MAX_BALLOON_SHARE = 0.6;

/**
 * Text below the art, when the balloons cannot fit over it at the reader's text size (a word would split, a balloon
 * run out of the panel, or the balloons cover most of it: measured, balloon-fit.ts), as accessible comic readers do; and always beside it on a phone
 * on its side. Tried again, over the art, whenever the panel, text size, language or screen size changes. The
 * measure runs before paint, on the unseen neighbours too, so a tap never waits for it. Once below, the text's
 * height is given to CSS (--text-h), which makes the art as large as the rest of the stage allows.
 */
function useTextBelow(wrapperRef: RefObject<HTMLElement | null>, always: boolean, content: string): boolean {
  const screen = useWrapChanges();
  const key = `${content} ${screen}`;
  const [decided, setDecided] = useState<{ key: string; below: boolean } | null>(null);
  const below = always || (decided?.key === key && decided.below);
  useLayoutEffect(() => {
    const element = wrapperRef.current;
    // Nothing laid out (a stage not measured yet, a hidden one, or a test's DOM without layout): nothing to measure yet.
    if (!element || always || !content || decided?.key === key || element.clientHeight === 0) return;
    setDecided({ key, below: !balloonsFit(element) || balloonShare(element) > MAX_BALLOON_SHARE });
  }, [wrapperRef, always, content, key, decided]);
  useLayoutEffect(() => {
    const element = wrapperRef.current;
    const list = element?.querySelector<HTMLElement>('.balloon-layer');
    if (!element || !list || !below) return;
    const observer = new ResizeObserver(() => element.style.setProperty('--text-h', `${list.offsetHeight}px`));
    observer.observe(list);
    return () => observer.disconnect();
  }, [wrapperRef, below]);
  return below;
}

/**
 * A count that grows whenever the window is resized or a font has loaded: either changes where the text wraps. One
 * count for the app (a panel mounting at a tap adds no listener and no render).
 */
const wrap = { changes: 0, listeners: new Set<() => void>(), watching: false };
function subscribeWrap(onChange: () => void) {
  if (!wrap.watching) {
    wrap.watching = true;
    const changed = () => {
      wrap.changes++;
      for (const listener of wrap.listeners) listener();
    };
    window.addEventListener('resize', changed);
    if ('fonts' in document) document.fonts.addEventListener('loadingdone', changed);
  }
  wrap.listeners.add(onChange);
  return () => wrap.listeners.delete(onChange);
}
const useWrapChanges = (): number =>
  useSyncExternalStore(
    subscribeWrap,
    () => wrap.changes,
    () => 0,
  );
