/**
 * Enlarged text makes balloons taller than their authored boxes. This measures them after layout and pushes a
 * balloon down below any earlier one it would cover, in reading order, so text never hides text.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useBalloonShifts(container: RefObject<HTMLElement | null>, count: number, deps: unknown[]): number[] {
  const [shifts, setShifts] = useState<number[]>(() => new Array(count).fill(0));
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => {
      const balloons = [...element.querySelectorAll<HTMLElement>('[data-balloon]')];
      const next: number[] = [];
      const placed: { left: number; right: number; top: number; bottom: number }[] = [];
      balloons.forEach((balloon, index) => {
        const previousShift = shifts[index] ?? 0;
        const left = balloon.offsetLeft;
        const right = left + balloon.offsetWidth;
        let top = balloon.offsetTop - previousShift;
        const height = balloon.offsetHeight;
        for (const other of placed) {
          const overlaps = left < other.right && right > other.left && top < other.bottom && top + height > other.top;
          if (overlaps) top = other.bottom + 4;
        }
        next.push(top - (balloon.offsetTop - previousShift));
        placed.push({ left, right, top, bottom: top + height });
      });
      if (next.some((value, index) => Math.abs(value - (shifts[index] ?? 0)) > 0.5)) setShifts(next);
    };
    // No measuring right after the change (that would force a second layout at the tap): a ResizeObserver reports
    // once after the browser's own layout, before the frame is painted, and again whenever the panel resizes.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, count, ...deps, shifts]);
  return shifts;
}
