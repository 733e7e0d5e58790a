/**
 * The one tap-zone rule of the reader and the wall: a tap in the third where reading starts goes back, anywhere else
 * goes on. In a right-to-left story reading starts on the right, so the zones are mirrored; the direction is read
 * from the nearest `dir` attribute (the story's screen sets it), not from computed style, so a tap causes no style
 * recalculation. The page's own first panel, before any module runs, applies the same rule in its boot script
 * (tools/vite-first-screens.ts, EARLY_STEP): a change here goes there too.
 */
export function tapGoesBack(area: Element, clientX: number): boolean {
  const bounds = area.getBoundingClientRect();
  const fromStart = (clientX - bounds.left) / bounds.width;
  const rtl = (area.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir) === 'rtl';
  return (rtl ? 1 - fromStart : fromStart) < 1 / 3;
}
