/**
 * Enlarged text makes balloons taller than their authored boxes. This measures them after layout and pushes a
 * balloon down below any earlier one it would cover, in reading order, so text never hides text. It also gives
 * where each balloon ended up, so its tail still points at the speaker the author drew, not past them.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Balloon } from '../story/schema';

export interface BalloonPlace {
  /** Extra downward shift in px. */
  shift: number;
  /** The balloon as laid out, in fractions of the panel's height (top includes the shift). */
  top: number;
  height: number;
}

const authored = (balloons: readonly Balloon[]): BalloonPlace[] => balloons.map(({ box }) => ({ shift: 0, top: box.y, height: box.h }));

export function useBalloonPlaces(container: RefObject<HTMLElement | null>, balloons: readonly Balloon[], deps: unknown[]): BalloonPlace[] {
  // Kept with the balloons they were measured for: another panel's places never show for a frame.
  const [measured, setMeasured] = useState<{ balloons: readonly Balloon[]; places: BalloonPlace[] } | null>(null);
  const places = measured?.balloons === balloons ? measured.places : authored(balloons);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => {
      // In fractions of a pixel: a tail's point may lie several balloon heights away, so a balloon half a pixel taller
      // than its box would turn a tail several pixels off its speaker (offsetHeight rounds; transforms are left out).
      const panelHeight = parseFloat(getComputedStyle(element).height) || 0;
      // Below the art the balloons are a list: nothing to move (and no tails).
      if (panelHeight === 0 || element.closest('.panel-text-below')) return;
      const next = placeBalloons([...element.querySelectorAll<HTMLElement>('[data-balloon]')], balloons, panelHeight);
      // Only a change of more than half a pixel is worth a render: a balloon whose text fits its box costs none.
      if (next.some((place, index) => moved(place, places[index], panelHeight))) setMeasured({ balloons, places: next });
    };
    // No measuring right after the change (that would force a second layout at the tap): a ResizeObserver reports
    // once after the browser's own layout, before the frame is painted, and again whenever the panel or a balloon
    // resizes (the wall's page steps fit the text size to each panel after the first layout).
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const balloon of element.querySelectorAll('[data-balloon]')) observer.observe(balloon);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, balloons, ...deps, measured]);
  return places;
}

/** A balloon's box in px in its panel, at the top the author gave it. */
export interface BalloonBox {
  left: number;
  right: number;
  top: number;
  height: number;
}

/**
 * In reading order, each balloon's top once moved below the earlier ones it would cover (4 px apart). One rule for the
 * reader's balloons here and for the wall's text fit (src/present/use-page-text-fit.ts), which tries sizes with it.
 */
export function stackedTops(boxes: readonly BalloonBox[]): number[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  return boxes.map(({ left, right, top: authoredTop, height }) => {
    let top = authoredTop;
    for (const other of placed) if (left < other.right && right > other.left && top < other.bottom && top + height > other.top) top = other.bottom + 4;
    placed.push({ left, right, top, bottom: top + height });
    return top;
  });
}

function placeBalloons(elements: HTMLElement[], balloons: readonly Balloon[], panelHeight: number): BalloonPlace[] {
  const boxes = elements.map((balloon, index) => ({
    left: balloon.offsetLeft,
    right: balloon.offsetLeft + balloon.offsetWidth,
    top: (balloons[index]?.box.y ?? 0) * panelHeight,
    height: parseFloat(getComputedStyle(balloon).height) || balloon.offsetHeight,
  }));
  return stackedTops(boxes).map((top, index) => ({ shift: top - boxes[index]!.top, top: top / panelHeight, height: boxes[index]!.height / panelHeight }));
}

/** A move of the balloon (half a pixel) is worth a render; so is any change of where its tail starts (a twentieth). */
function moved(place: BalloonPlace, before: BalloonPlace | undefined, panelHeight: number): boolean {
  if (!before) return true;
  return (
    Math.abs(place.shift - before.shift) > 0.5 ||
    Math.abs(place.top - before.top) * panelHeight > 0.05 ||
    Math.abs(place.height - before.height) * panelHeight > 0.05
  );
}
