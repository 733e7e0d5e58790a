/**
 * The library card's cover: a small WebP the build makes from each bundled story's cover (tools/vite-card-covers.ts).
 * An SVG cover costs a slow phone's main thread 270–420 ms to parse and draw (issue 21, measured at 10x CPU); a raster
 * picture is decoded off the main thread. Twice the card's widest cover (110 CSS px) for sharp covers on 2x screens,
 * in the cover art's proportions (600 × 850).
 */
export const CARD_COVER = { width: 220, height: 312 } as const;

/** Where a bundled story's card cover is served, under the app's base: beside no story file, so saving a story never takes it. */
export function cardCoverPath(storyId: string): string {
  return `covers/${storyId}.webp`;
}
