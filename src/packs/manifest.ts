/**
 * manifest.json: what a pack says it holds. It is read first and compared with what the pack really holds, so a pack
 * edited by hand or cut short is caught. `signature`, when there is one, is a publisher's signature over every file
 * (sign.ts); the pack opens without one, marked as not from a known publisher.
 */
import * as v from 'valibot';
import { jsonPath, type Problem } from '../story/problem';
import { IdSchema } from '../story/schema';
import { MANIFEST, roleOf } from './names';

export const PACK_FORMAT = 1;

export const ManifestSchema = v.strictObject({
  formatVersion: v.literal(PACK_FORMAT, `this app reads story packs of format ${PACK_FORMAT}: the pack was made by a newer app, or is not a story pack`),
  story: IdSchema,
  /** The story's own language first, then its translations. */
  languages: v.pipe(v.array(v.pipe(v.string(), v.maxLength(35))), v.maxLength(100)),
  /** Every file but the manifest, with its size in bytes. */
  files: v.record(v.pipe(v.string(), v.maxLength(300)), v.pipe(v.number(), v.integer(), v.minValue(0))),
  signature: v.optional(
    v.strictObject({
      /** The publisher's ID in the app's list (publishers.ts). */
      publisher: v.pipe(v.string(), v.maxLength(100)),
      /** How it was signed; a pack signed some other way opens as unverified. */
      algorithm: v.pipe(v.string(), v.maxLength(50)),
      /** The signature, base64. */
      value: v.pipe(v.string(), v.maxLength(1_000)),
    }),
  ),
});

export type PackSignature = NonNullable<Manifest['signature']>;

export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** What the pack really holds, to write into a manifest or compare with one. */
export interface Contents {
  story: string;
  languages: string[];
  files: Map<string, number>;
}

export function manifestFor(contents: Contents, signature?: PackSignature): Manifest {
  const manifest: Manifest = { formatVersion: PACK_FORMAT, story: contents.story, languages: contents.languages, files: Object.fromEntries(contents.files) };
  return signature ? { ...manifest, signature } : manifest;
}

/** The story's language, then the languages of its translation files (i18n/<language>.json) in order. */
export function languagesOf(story: { language: string }, names: readonly string[]): string[] {
  const translated = names.flatMap((name) => {
    const role = roleOf(name);
    return role?.kind === 'translation' ? [role.language] : [];
  });
  return [story.language, ...translated.sort()];
}

/** Every place where the manifest and the pack disagree. */
export function manifestProblems(manifest: Manifest, contents: Contents): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ severity: 'error', code: 'manifest-mismatch', file: MANIFEST, path, message });
  if (manifest.story !== contents.story) add('$.story', `The manifest names the story "${manifest.story}", but story.json is the story "${contents.story}".`);
  if (manifest.languages.join() !== contents.languages.join()) {
    add(
      '$.languages',
      `The manifest lists the languages ${list(manifest.languages)}, but the pack holds ${list(contents.languages)} (the story's language first, then its translations).`,
    );
  }
  for (const [name, size] of Object.entries(manifest.files)) {
    const actual = contents.files.get(name);
    if (actual === undefined) add(jsonPath(['files', name]), `The manifest lists "${name}", which is not in the pack.`);
    else if (actual !== size) add(jsonPath(['files', name]), `The manifest says "${name}" is ${size} bytes, but it is ${actual}.`);
  }
  for (const name of contents.files.keys()) {
    if (!Object.hasOwn(manifest.files, name)) add('$.files', `"${name}" is in the pack but not in the manifest.`);
  }
  return problems;
}

function list(languages: string[]): string {
  return languages.length > 0 ? languages.map((language) => `"${language}"`).join(', ') : 'none';
}
