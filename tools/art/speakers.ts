/**
 * Where each character of each panel speaks from, to aim balloon tails by hand until the Studio does it:
 *   npx tsx tools/art/speakers.ts <spec-file.json> [panel.svg ...]
 * Prints { "<panel>.svg": [{ id, mouth: { x, y }, face: { x, y, w, h } }, ...] } in panel fractions,
 * the units of a balloon's box and tail. Aim a tail at the mouth and end it at the face box's edge.
 */
import { readArgs, usageError } from '../args';
import { readSpecFile } from './build';
import { composePanel } from '../../src/art/compose';
import type { Speaker } from '../../src/art/compose';

export function speakersOf(specPath: string, only: readonly string[] = []): Record<string, Speaker[]> {
  const out: Record<string, Speaker[]> = {};
  for (const [name, spec] of Object.entries(readSpecFile(specPath))) if (only.length === 0 || only.includes(name)) out[name] = composePanel(spec).speakers;
  return out;
}

if (process.argv[1]?.endsWith('speakers.ts')) {
  const USAGE = 'Usage: npx tsx tools/art/speakers.ts <spec-file.json> [panel.svg ...]';
  const [spec, ...panels] = readArgs({}, USAGE).positionals;
  if (!spec) usageError('Which spec?', USAGE);
  try {
    console.log(JSON.stringify(speakersOf(spec, panels), null, 1));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
