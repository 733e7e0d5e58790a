/**
 * writePack: a story's files to a .komik pack (a zip), with the manifest that readPack compares them with.
 * The same files always give the same bytes (a fixed date, a fixed order), so a pack can be compared and signed.
 */
import { zipSync, type Zippable } from 'fflate';
import { loadStory } from '../story/load';
import { languagesOf, manifestFor, type PackSignature } from './manifest';
import { MANIFEST, roleOf, STORY } from './names';

/** A story's files by their names in the pack: story.json, i18n/<language>.json, panels/<art or note>, narration/…. */
export type PackFiles = ReadonlyMap<string, Uint8Array>;

/** Zip dates are local time from 1980; any fixed date keeps the bytes the same from one run to the next. */
const PACKED_AT = new Date(2000, 0, 1);
/** Pictures are compressed already: deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(png|jpg|webp|ogg|opus)$/i;

/**
 * Throws when a file has no place in a pack or story.json does not load: callers pack a story that loads. `signature`:
 * a publisher's signature over these files (sign.ts), written into the manifest.
 */
export function writePack(files: PackFiles, signature?: PackSignature): Uint8Array {
  const names = [...files.keys()].sort(packOrder);
  const unplaced = names.find((name) => !roleOf(name) || name === MANIFEST);
  if (unplaced !== undefined) throw new Error(`"${unplaced}" has no place in a story pack`);
  const story = loadStory(new TextDecoder().decode(files.get(STORY)), STORY);
  if (!story.ok) throw new Error(`story.json does not load: ${story.problems[0]?.message ?? 'no story'}`);
  const manifest = manifestFor(
    {
      story: story.value.id,
      languages: languagesOf(story.value, names),
      files: new Map(names.map((name) => [name, files.get(name)!.length])),
    },
    signature,
  );
  const zip: Zippable = { [MANIFEST]: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const name of names) zip[name] = [files.get(name)!, { level: COMPRESSED.test(name) ? 0 : 9 }];
  return zipSync(zip, { mtime: PACKED_AT });
}

/** story.json first, then the translations, the narration, then the art, each by name. */
function packOrder(a: string, b: string): number {
  const rank = (name: string) => (name === STORY ? 0 : name.startsWith('i18n/') ? 1 : name.startsWith('narration/') ? 2 : 3);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
