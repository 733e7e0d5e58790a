/**
 * The tools and the build read and serve plain files only. A link under public/ or stories/ would put any file of the
 * machine into dist/ and the offline cache; a pipe named story.json would keep every tool waiting forever; an SVG
 * with script would run in the app's origin. Each is refused with the file and a sentence (src/story/art-file).
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkArtFile, describeArtFinding } from '../src/story/art-file/index';
import { MAX_FILE_BYTES } from '../src/story/parse';
import type { Problem } from '../src/story/problem';
import { printable } from '../src/story/printable';
import { IdSchema } from '../src/story/schema';
import * as v from 'valibot';

export type EntryKind = 'file' | 'folder' | 'link' | 'other' | 'missing';

export function entryKind(path: string): EntryKind {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/** Why the entry at `path` is not what is expected there, or null when it is. */
export function entryProblem(path: string, shown: string, expected: 'file' | 'folder'): Problem | null {
  const kind = entryKind(path);
  if (kind === expected) return null;
  const message = {
    missing: `${expected === 'file' ? 'The file' : 'The folder'} does not exist.`,
    link: `This is a link (to ${linkTarget(path)}), not a ${expected} of its own: a link can bring any file of the machine into the app, so links are refused. Copy the ${expected} here instead.`,
    other: 'This is not a regular file (a pipe, socket or device): reading it could wait forever, so it is refused.',
    file: 'This is a file, not a folder.',
    folder: 'This is a folder, not a file.',
  }[kind];
  return { severity: 'error', code: kind === 'missing' ? 'missing' : 'not-a-plain-file', file: shown, path: '$', message };
}

/** A text file's content, or the problem that keeps it from being read (never waits on a pipe, never follows a link). */
export function readPlainText(path: string, shown: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  const problem = entryProblem(path, shown, 'file');
  if (problem) return { ok: false, problem };
  const size = lstatSync(path).size;
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: {
        severity: 'error',
        code: 'too-large',
        file: shown,
        path: '$',
        message: `The file is ${size} bytes long; a story file may be at most ${MAX_FILE_BYTES}.`,
      },
    };
  }
  return { ok: true, text: readFileSync(path, 'utf8') };
}

const ART = /\.(svg|png|jpg|webp)$/i;
/** Besides art, a panels folder may hold notes on the art (credits, licences). */
const NOTES = /\.(md|txt)$/i;

/**
 * Everything wrong under a served folder (public/ or one story's art folder): links, special files, unsafe or
 * mislabelled art, and, in the art folders (public/panels/), files that are not art.
 */
export function servedProblems(dir: string, shown: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (path: string, shownPath: string) => {
    const kind = entryKind(path);
    if (kind === 'missing') return;
    if (kind !== 'folder' && kind !== 'file') {
      problems.push(entryProblem(path, shownPath, 'file')!);
      return;
    }
    if (kind === 'folder') {
      for (const name of readdirSync(path).sort()) visit(join(path, name), `${shownPath}/${name}`);
      return;
    }
    const inPanels = /(^|\/)panels\//.test(shownPath);
    if (ART.test(path)) {
      for (const finding of checkArtFile(path, readFileSync(path))) problems.push(fileProblem(shownPath, 'unsafe-art', describeArtFinding(finding)));
    } else if (inPanels && !NOTES.test(path)) {
      problems.push(
        fileProblem(
          shownPath,
          'not-art',
          `Only art (.svg, .png, .jpg, .webp) and notes (.md, .txt) belong in an art folder, where they are served as the app's own files.`,
        ),
      );
    }
  };
  visit(dir, shown);
  return problems;
}

/**
 * Everything wrong under stories/: links and special files anywhere, and folder names that are not story IDs (the
 * build writes them into the page and keys saved progress with them).
 */
export function storiesProblems(dir: string, shown: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (path: string, shownPath: string, depth: number) => {
    const kind = entryKind(path);
    if (kind === 'file' || kind === 'missing') return;
    if (kind !== 'folder') {
      problems.push(entryProblem(path, shownPath, 'file')!);
      return;
    }
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (depth === 0 && entryKind(child) === 'folder' && name !== 'lessons' && !v.is(IdSchema, name)) {
        problems.push(
          fileProblem(
            `${shownPath}/${name}`,
            'bad-folder-name',
            `The folder name "${printable(name)}" is not a story ID: use lower-case letters, digits and dashes (the folder's name is its story's ID).`,
          ),
        );
      }
      visit(child, `${shownPath}/${name}`, depth + 1);
    }
  };
  visit(dir, shown, 0);
  return problems;
}

function fileProblem(file: string, code: string, message: string): Problem {
  return { severity: 'error', code, file, path: '$', message };
}

function linkTarget(path: string): string {
  try {
    return printable(readlinkSync(path));
  } catch {
    return 'somewhere else';
  }
}
