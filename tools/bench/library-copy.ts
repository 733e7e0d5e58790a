/**
 * A temporary copy of the project whose stories/ holds the bundled stories copied under new IDs (issue 21: does the
 * library stay light as it grows?). stories/ itself is never touched. bench:library and bench:trace build from it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../story-files';

/** The project's files as git knows them (tracked, and new ones not ignored), copied; node_modules linked. */
function copyProject(to: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((name) => name && name !== 'node_modules')) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(to, file));
    } catch {
      // deleted from the work tree but not yet from git: not part of the app being measured
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Copies of the bundled stories (script, translations, pictures) under new IDs until the library holds `total`. */
function growLibrary(project: string, total: number): number {
  const stories = join(project, 'stories');
  const bundled = readdirSync(stories).filter((name) => name !== 'lessons' && readdirSync(join(stories, name)).includes('story.json'));
  for (let n = 0; bundled.length + n < total; n++) {
    const source = bundled[n % bundled.length]!;
    const id = `${source}-${n + 2}`;
    cpSync(join(stories, source), join(stories, id), { recursive: true });
    const file = join(stories, id, 'story.json');
    writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), id }, null, 2));
    cpSync(join(project, 'public', 'panels', source), join(project, 'public', 'panels', id), { recursive: true });
  }
  return Math.max(total, bundled.length);
}

/** The copy's folder (the caller removes it) and how many stories its library holds. */
export function libraryCopy(total: number): { project: string; stories: number } {
  const project = mkdtempSync(join(tmpdir(), 'komik-saku-library-'));
  copyProject(project);
  return { project, stories: growLibrary(project, total) };
}
