/**
 * A draft to a story pack and a pack to a draft's story, through src/packs: a draft is written as a pack, then read back
 * with every check a pack gets (the checker's rules with the art at hand, the manifest, the art's safety), so what the
 * Studio exports is what story:unpack accepts. Problems are named by the draft's files, so the Studio places them.
 */
import { zipSync } from 'fflate';
import * as v from 'valibot';
import { artSpecFile, artSpecPath } from '../../art/spec-file';
import { placeInCheckout, readPack, writePack } from '../../packs';
import type { CheckContext } from '../../story/check/index';
import type { Parsed } from '../../story/parse';
import type { Problem } from '../../story/problem';
import { loadNarration } from '../../story/narration';
import { FileNameSchema, type Story, type Translation } from '../../story/schema';
import type { Clip } from '../record/lines';
import { pathProblems, storyFileOf, translationFileOf } from '../check/live-check';

const encode = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The pack's files for a draft: its story, its translations, its recorded narration (by names in the pack,
 * record/lines.ts narrationFiles) and the art found for it (by file name).
 */
export function draftFiles(
  story: Story,
  translations: readonly Translation[],
  art: ReadonlyMap<string, Uint8Array>,
  narration: ReadonlyMap<string, Uint8Array> = new Map(),
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([['story.json', encode(story)]]);
  for (const translation of translations) files.set(`i18n/${translation.language}.json`, encode(translation));
  for (const [name, bytes] of narration) files.set(name, bytes);
  for (const [file, bytes] of art) files.set(`panels/${file}`, bytes);
  return files;
}

/** The pack file, or every problem that keeps the draft from being one (placed in the draft's story and translations). */
export function packOfDraft(
  story: Story,
  translations: readonly Translation[],
  art: ReadonlyMap<string, Uint8Array>,
  context: CheckContext,
  narration: ReadonlyMap<string, Uint8Array> = new Map(),
): Parsed<Uint8Array> {
  const files = draftFiles(story, translations, art, narration);
  let bytes: Uint8Array;
  try {
    bytes = writePack(files);
  } catch (error) {
    // writePack refuses a story.json that does not load: the check has said why.
    return {
      ok: false,
      problems: [
        { severity: 'error', code: 'not-packed', file: storyFileOf(story), path: '$', message: String(error instanceof Error ? error.message : error) },
      ],
    };
  }
  const read = readPack(bytes, context, `${story.id}.komik`);
  // Played down every path too, as story:unpack does before it accepts a pack.
  const problems = read.ok
    ? pathProblems({ file: 'story.json', story: read.value.story, translations: read.value.translations }, []).filter((problem) => problem.severity === 'error')
    : read.problems;
  return problems.length === 0 ? { ok: true, value: bytes } : { ok: false, problems: problems.map((problem) => inDraft(story, problem)) };
}

/**
 * The draft as a checkout's folders, zipped: stories/<id>/story.json, stories/<id>/i18n/<language>.json,
 * stories/<id>/narration/… and public/panels/<id>/<art>, the same bytes as in its pack, and tools/art/specs/<id>.json
 * for the panels composed from the kit. Refused with the pack's problems, so what is unzipped is
 * what story:check accepts.
 */
export function folderOfDraft(
  story: Story,
  translations: readonly Translation[],
  art: ReadonlyMap<string, Uint8Array>,
  context: CheckContext,
  narration: ReadonlyMap<string, Uint8Array> = new Map(),
): Parsed<Uint8Array> {
  const packed = packOfDraft(story, translations, art, context, narration);
  if (!packed.ok) return packed;
  const files = [...draftFiles(story, translations, art, narration)].map(([name, bytes]) => [placeInCheckout(name, story.id), bytes] as const);
  // The kit's specs of the composed panels, so `npm run art` in the checkout draws the same pictures.
  const specs = artSpecFile(story);
  if (specs) files.push([artSpecPath(story.id), encode(specs)]);
  return { ok: true, value: zipSync(Object.fromEntries(files), { mtime: new Date(2000, 0, 1) }) };
}

/** A pack's problem named by the draft's file it is about (story.json → stories/<id>/story.json, as the check names it). */
function inDraft(story: Story, problem: Problem): Problem {
  if (problem.file === 'story.json') return { ...problem, file: storyFileOf(story) };
  const language = /^i18n\/([^/]+)\.json$/.exec(problem.file)?.[1];
  return language ? { ...problem, file: translationFileOf(story, language) } : problem;
}

/**
 * A pack file as a draft's story, translations, pictures (the art files, checked; notes on the art are left) and
 * recorded narration by language, or every problem the pack's checks found (nothing else is made).
 */
export function draftOfPack(
  bytes: Uint8Array,
  context: CheckContext,
  packName: string,
): Parsed<{ story: Story; translations: Translation[]; art: Map<string, Uint8Array>; narration: Map<string, Clip[]> }> {
  const read = readPack(bytes, context, packName);
  if (!read.ok) return read;
  const art = new Map([...read.value.art].filter(([file]) => v.is(FileNameSchema, file)));
  const narration = new Map<string, Clip[]>();
  for (const [name, content] of read.value.files) {
    // Read and checked by readPack already: only the entries are taken here.
    const manifest = /^narration\/[^/]+\.json$/.test(name) ? loadNarration(new TextDecoder().decode(content), name) : null;
    if (!manifest?.ok) continue;
    const folder = name.replace(/\.json$/, '');
    const clips = Object.entries(manifest.value.clips).flatMap(([key, clip]) => {
      const recording = read.value.files.get(`${folder}/${clip.file}`);
      return recording ? [{ key, source: clip.source, seconds: clip.seconds, bytes: recording }] : [];
    });
    narration.set(manifest.value.language, clips);
  }
  return { ok: true, value: { story: read.value.story, translations: read.value.translations.map((entry) => entry.translation), art, narration } };
}
