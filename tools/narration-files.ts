/** Reads a story folder's narration (narration/<language>.json and its recordings) for story:check. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NarrationBundle } from '../src/story/check/narration';
import { loadNarration, MAX_RECORDING_BYTES } from '../src/story/narration';
import type { Problem } from '../src/story/problem';
import { entryKind, entryProblem, readPlainText } from './plain-files';
import { shown } from './story-files';

export function readNarrations(storyDir: string): { bundles: NarrationBundle[]; problems: Problem[] } {
  const dir = join(storyDir, 'narration');
  const bundles: NarrationBundle[] = [];
  const problems: Problem[] = [];
  if (entryKind(dir) === 'missing') return { bundles, problems };
  const notFolder = entryProblem(dir, shown(dir), 'folder');
  if (notFolder) return { bundles, problems: [notFolder] };
  for (const name of readdirSync(dir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const path = join(dir, name);
    const read = readPlainText(path, shown(path));
    const parsed = read.ok ? loadNarration(read.text, shown(path)) : { ok: false as const, problems: [read.problem] };
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    bundles.push({ file: shown(path), narration: parsed.value, recordings: readRecordings(path.replace(/\.json$/, '')) });
  }
  return { bundles, problems };
}

/** The plain files of a recordings folder; links and special files are left out (storiesProblems reports them). */
function readRecordings(dir: string): Map<string, Uint8Array> {
  const recordings = new Map<string, Uint8Array>();
  if (entryKind(dir) !== 'folder') return recordings;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (entryKind(path) !== 'file' || lstatSync(path).size > MAX_RECORDING_BYTES) continue;
    recordings.set(name, new Uint8Array(readFileSync(path)));
  }
  return recordings;
}
