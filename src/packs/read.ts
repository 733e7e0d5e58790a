/**
 * readPack: a .komik file, untrusted, to a story the checker accepts, or every problem found and nothing else.
 * The zip's table of contents is judged first (entries.ts), then each file is inflated under its limit (inflate.ts),
 * then read as the tools read files: UTF-8 text, JSON, the story format, safe art, narration whose recordings are
 * Ogg Opus within their budget, a manifest that matches, and the checker's rules. Pure: the tools run it on a file, the Studio on an upload.
 */
import { checkArtFile, describeArtFinding } from '../story/art-file/index';
import type { CheckContext } from '../story/check/index';
import { checkStory } from '../story/check/index';
import { checkNarration, type NarrationBundle } from '../story/check/narration';
import { reporter } from '../story/check/context';
import { loadNarration } from '../story/narration';
import { storyStrings } from '../story/strings';
import { loadStory, loadTranslation } from '../story/load';
import { parseFile, type Parsed } from '../story/parse';
import { hasErrors, type Problem } from '../story/problem';
import type { Story, Translation } from '../story/schema';
import { planEntries } from './entries';
import { inflateEntry } from './inflate';
import { MAX_PACK_BYTES } from './limits';
import { languagesOf, ManifestSchema, manifestProblems, type Manifest } from './manifest';
import { MANIFEST, roleOf, STORY } from './names';
import { packProblem, sentence } from './problem';
import { listZip } from './zip-read';

export interface Pack {
  manifest: Manifest;
  story: Story;
  /** As the checker names them: i18n/<language>.json. */
  translations: { file: string; translation: Translation }[];
  /** Art and notes by file name, as they go into public/panels/<story id>/. */
  art: Map<string, Uint8Array>;
  /** Every file but the manifest, by its name in the pack, byte for byte as packed (writePack takes the same). */
  files: Map<string, Uint8Array>;
  /** The checker's warnings: the story can be read, but the author should look. */
  warnings: Problem[];
}

/** The lessons catalog's folder (stories/lessons, public/panels/lessons): a story of that ID would replace it. */
const RESERVED_STORY_IDS = new Set(['lessons']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `context`: the app's lessons catalog, helplines and art outside the pack; `packName` names the pack in problems. */
export function readPack(bytes: Uint8Array, context: CheckContext, packName = 'the pack'): Parsed<Pack> {
  if (bytes.length > MAX_PACK_BYTES) return refuse(packName, 'too-large', `The pack is ${bytes.length} bytes; a story pack may be at most ${MAX_PACK_BYTES}.`);
  const listing = listZip(bytes);
  if (!listing.ok) return refuse(packName, 'not-a-pack', sentence(listing.message));
  const { planned, problems } = planEntries(bytes, listing.entries, listing.directoryStart, packName);
  if (problems.length > 0) return { ok: false, problems };
  const files = new Map<string, Uint8Array>();
  for (const { name, entry, start } of planned) {
    const inflated = inflateEntry(bytes.subarray(start, start + entry.compressedSize), entry.method, entry.size, entry.crc);
    if (inflated.ok) files.set(name, inflated.bytes);
    else problems.push(packProblem(name, 'damaged', sentence(inflated.message)));
  }
  return problems.length > 0 ? { ok: false, problems } : readFiles(files, context, packName);
}

function readFiles(files: Map<string, Uint8Array>, context: CheckContext, packName: string): Parsed<Pack> {
  const problems: Problem[] = [];
  const text = (name: string): string | null => {
    try {
      return utf8.decode(files.get(name));
    } catch {
      problems.push(packProblem(name, 'not-utf8', 'The file is not UTF-8 text.'));
      return null;
    }
  };
  const parsed = <T>(name: string, read: (text: string, file: string) => Parsed<T>): T | null => {
    if (!files.has(name)) return (problems.push(packProblem(packName, 'missing', `The pack has no ${name}.`)), null);
    const content = text(name);
    const result = content === null ? null : read(content, name);
    if (result && !result.ok) problems.push(...result.problems);
    return result?.ok ? result.value : null;
  };
  const manifest = parsed(MANIFEST, (content, file) => parseFile(ManifestSchema, content, file));
  const story = parsed(STORY, loadStory);
  const translations: Pack['translations'] = [];
  const art = new Map<string, Uint8Array>();
  const narrations: { file: string; narration: NarrationBundle['narration'] }[] = [];
  for (const [name, bytes] of files) {
    const role = roleOf(name);
    if (role?.kind === 'translation') {
      const translation = parsed(name, loadTranslation);
      if (translation) translations.push({ file: name, translation });
    } else if (role?.kind === 'art' || role?.kind === 'note') {
      if (role.kind === 'art') problems.push(...checkArtFile(role.file, bytes).map((finding) => packProblem(name, 'unsafe-art', describeArtFinding(finding))));
      else text(name);
      art.set(role.file, bytes);
    } else if (role?.kind === 'narration') {
      const narration = parsed(name, loadNarration);
      if (narration) narrations.push({ file: name, narration });
    }
  }
  if (!manifest || !story || hasErrors(problems)) return { ok: false, problems };
  files.delete(MANIFEST);
  const languages = languagesOf(story, [...files.keys()]);
  problems.push(...manifestProblems(manifest, { story: story.id, languages, files: new Map([...files].map(([name, bytes]) => [name, bytes.length])) }));
  if (RESERVED_STORY_IDS.has(story.id))
    problems.push({
      severity: 'error',
      code: 'reserved-id',
      file: STORY,
      path: '$.id',
      message: `The story ID "${story.id}" is the lessons catalog's folder: choose another ID.`,
    });
  // Art for the story is the pack's own; the lessons' icons are the app's.
  const artExists = (folder: string, file: string) => (folder === story.id ? art.has(file) : context.artExists(folder, file));
  problems.push(...checkStory({ file: STORY, story, translations }, { ...context, artExists }));
  problems.push(...narrationProblems(story, translations, narrations, files));
  if (hasErrors(problems)) return { ok: false, problems };
  return { ok: true, value: { manifest, story, translations, art, files, warnings: problems } };
}

/** The narration's rules, as story:check applies them to a folder; a recording no narration file lists is refused. */
function narrationProblems(
  story: Story,
  translations: Pack['translations'],
  narrations: { file: string; narration: NarrationBundle['narration'] }[],
  files: ReadonlyMap<string, Uint8Array>,
): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set<string>();
  const sources = storyStrings(story);
  for (const { file, narration } of narrations) {
    const folder = file.replace(/\.json$/, '/');
    const recordings = new Map([...files].filter(([name]) => name.startsWith(folder)).map(([name, bytes]) => [name.slice(folder.length), bytes]));
    recordings.forEach((_, name) => listed.add(`${folder}${name}`));
    checkNarration(
      { file, narration, recordings },
      sources,
      story.language,
      translations.map((entry) => entry.translation),
      reporter(file, problems),
    );
  }
  for (const name of files.keys()) {
    if (roleOf(name)?.kind === 'recording' && !listed.has(name))
      problems.push(
        packProblem(name, 'unused-recording', `No narration file of the pack lists this recording (${name.replace(/\/[^/]+$/, '.json')} is missing).`),
      );
  }
  return problems;
}

function refuse(file: string, code: string, message: string): Parsed<never> {
  return { ok: false, problems: [packProblem(file, code, message)] };
}
