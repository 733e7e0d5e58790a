/**
 * The first look at a pack, before anything is inflated: every entry's name, kind and declared size against the
 * pack's layout and limits, and where its data lies. Anything wrong here refuses the pack without inflating a byte.
 */
import { printable } from '../story/printable';
import type { Problem } from '../story/problem';
import { MAX_BYTES, MAX_TOTAL_BYTES } from './limits';
import { describeUnexpected, isFolder, roleOf, unsafeName, type EntryRole } from './names';
import { packProblem, sentence } from './problem';
import { entryData, type ZipEntry } from './zip-read';

export interface PlannedEntry {
  name: string;
  role: EntryRole;
  entry: ZipEntry;
  /** Where its compressed data starts in the pack. */
  start: number;
}

const KIND_WORDS: Record<EntryRole['kind'], string> = {
  manifest: 'the manifest',
  story: 'a story file',
  translation: 'a translation',
  art: 'an art file',
  note: 'a note',
  narration: 'a narration file',
  recording: 'a recording',
};

export function planEntries(
  bytes: Uint8Array,
  entries: ZipEntry[],
  directoryStart: number,
  packName: string,
): { planned: PlannedEntry[]; problems: Problem[] } {
  const planned: PlannedEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let total = 0;
  entries.forEach((entry, index) => {
    const name = entry.name;
    if (name === null) return problems.push(packProblem(packName, 'bad-name', `File ${index + 1} of the pack has a name that is not UTF-8 text.`));
    const refuse = (code: string, message: string) => problems.push(packProblem(printable(name), code, sentence(message)));
    const unsafe = unsafeName(name, entry.rawName.length);
    if (unsafe) return refuse('unsafe-name', unsafe);
    // Names that differ only in case are one file on Windows and macOS: the second would overwrite the first.
    if (seen.has(name.toLowerCase())) return refuse('duplicate', 'the pack holds this name twice (letter case aside)');
    seen.add(name.toLowerCase());
    if (entry.kind === 'link') return refuse('link', 'this is a symbolic link: unpacked, it could point anywhere on the machine, so links are refused');
    if (entry.kind === 'other') return refuse('not-a-plain-file', 'this is not a plain file (a device or pipe)');
    if (entry.kind === 'folder') {
      if (isFolder(name)) return;
      return refuse('folder', roleOf(name.replace(/\/$/, '')) ? 'this is a folder where a file is expected' : describeUnexpected(name));
    }
    const role = roleOf(name);
    if (!role) return refuse('unexpected-file', describeUnexpected(name));
    if (entry.encrypted) return refuse('encrypted', 'the file is encrypted; a story pack is not');
    if (entry.size > MAX_BYTES[role.kind])
      return refuse('too-large', `the file declares ${entry.size} bytes; ${KIND_WORDS[role.kind]} may be at most ${MAX_BYTES[role.kind]}`);
    total += entry.size;
    const data = entryData(bytes, entry, directoryStart);
    if (!data.ok) return refuse('damaged', data.message);
    planned.push({ name, role, entry, start: data.start });
  });
  if (total > MAX_TOTAL_BYTES)
    problems.push(packProblem(packName, 'too-large', `The files of the pack declare ${total} bytes together; a pack may hold at most ${MAX_TOTAL_BYTES}.`));
  problems.push(...overlaps(planned));
  return { planned, problems };
}

/** Entries whose data overlap: one compressed stream counted as many files is how the largest zip bombs are built. */
function overlaps(planned: PlannedEntry[]): Problem[] {
  const byPlace = [...planned].sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  return byPlace.slice(1).flatMap((item, index) => {
    const before = byPlace[index]!;
    if (item.entry.localOffset >= before.start + before.entry.compressedSize) return [];
    return [packProblem(printable(item.name), 'overlap', `Its data overlaps the data of "${printable(before.name)}" (a trick of zip bombs).`)];
  });
}
