/**
 * Two-sided printing by hand, for a printer that prints one side: a first run prints every sheet's front, the stack
 * goes back in the tray turned over, and a second run prints the backs in the same sheet order.
 */
import type { SheetSide } from './impose';
import type { Layout } from './paper';

export type PrintRun = 'both' | 'fronts' | 'backs';
export const PRINT_RUNS: readonly PrintRun[] = ['both', 'fronts', 'backs'];

/** Layouts printed on both sides of the sheet (a zine is one side, single pages one per sheet). */
export const printsTwoSided = (layout: Layout): boolean => layout === 'booklet-a5' || layout === 'booklet-a6';

/** The sides one run prints, sheet 1 first: all of them with a printer that prints both sides. */
export function sidesOfRun(sides: SheetSide[], run: PrintRun): SheetSide[] {
  return run === 'both' ? sides : sides.filter((side) => side.side === (run === 'fronts' ? 'front' : 'back'));
}
