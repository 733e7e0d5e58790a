/** The authoring commands, run as an author runs them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/story/problem';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
// A tool that waits forever (on a pipe) is stopped and fails its test instead of holding up the suite.
const run = (script: string, ...args: string[]) => spawnSync(tsx, [join(root, 'tools', script), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });

describe('npm run story:check', { timeout: 30_000 }, () => {
  it('reports a broken story with file, JSON path and sentence, and exits 1', () => {
    const result = run('story-check.ts', 'tests/fixtures/stories/broken', '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { errors: number; problems: Problem[] };
    const found = report.problems.map((problem) => `${problem.severity} ${problem.file} ${problem.path} ${problem.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'error tests/fixtures/stories/broken/story.json $.scenes[0].then.choices[0].target broken-target',
        'error tests/fixtures/stories/broken/story.json $.cover missing-art',
        'warning tests/fixtures/stories/broken/story.json $.scenes[1].pages[0].panels[0].description short-description',
        'warning tests/fixtures/stories/broken/i18n/en.json $.strings.title.source stale-translation',
        'warning tests/fixtures/stories/broken/i18n/en.json $.strings.summary missing-translation',
      ]),
    );
    expect(report.errors).toBeGreaterThanOrEqual(2);
  });

  it('prints problems grouped by file for a person, with a summary line', () => {
    const result = run('story-check.ts', 'tests/fixtures/stories/broken');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'tests/fixtures/stories/broken/story.json\n  error   $.scenes[0].then.choices[0].target  [broken-target] The choice leads to the scene "tow", which does not exist.',
    );
    expect(result.stdout).toMatch(/1 story checked: \d+ errors, \d+ warnings\./);
  });

  it('passes the bundled stories', () => {
    const result = run('story-check.ts');
    expect(result.stderr).toBe('');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/checked: 0 errors/);
  });
});

describe('npm run story:map', { timeout: 30_000 }, () => {
  it('writes a readable SVG and Mermaid text with scenes, choices and endings', () => {
    const out = mkdtempSync(join(tmpdir(), 'map-'));
    execFileSync(tsx, [join(root, 'tools', 'story-map.ts'), 'stories/sample', '--lang', 'en', '--out', out], { cwd: root });
    const svg = readFileSync(join(out, 'sample.map.svg'), 'utf8');
    const mmd = readFileSync(join(out, 'sample.map.mmd'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const label of ['At the Disnaker office', 'Leaving safely', 'Trapped', 'Ask the manpower office']) expect(svg).toContain(label);
    expect(svg).toContain('class="good"');
    expect(svg).toContain('class="bad"');
    expect(mmd).toContain('warung -->|"Ask the manpower office (Disnaker) first (+ official-channels)"| disnaker');
    expect(mmd).toContain('decide -.->|"Leave with Mr Darto"| bad_end');
    expect(mmd).toContain('class ending_bad_stranded bad');
  });
});

// The mistakes an organiser makes on the command line are caught before anything is built or printed.
describe('npm run print (its arguments)', { timeout: 30_000 }, () => {
  it('lists its options and the stories on --help', () => {
    const result = run('print.ts', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--layout single|booklet-a5|booklet-a6|zine-a7');
    expect(result.stdout).toMatch(/Stories: .*jalan-sari/);
  });

  it.each([
    [['sample', '--layuot', 'zine-a7'], "Unknown option '--layuot'"],
    [['--layout', 'zine-a7'], 'Which story?'],
    [['nowhere'], 'There is no story "nowhere"'],
    [['sample', '--layout', 'poster'], 'Unknown layout "poster"'],
    [['sample', '--selection', 'path:happily-ever'], 'Unknown selection "path:happily-ever": happily-ever not in the story'],
    [['sample', '--lang', 'fr'], 'The story "sample" is not in "fr"'],
  ])('refuses %j with a message and the usage line, exit 2', (args, message) => {
    const result = run('print.ts', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run print -- <story>');
  });
});

// Every mistake an author or organiser can make with a file gets a sentence with the file and the path, and a non-zero
// exit: never a Node stack trace (which also dumped whole story files).
describe('the tools, given files that are not what they should be', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'komik-saku-tools-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const sampleText = readFileSync(join(root, 'stories', 'sample', 'story.json'), 'utf8');
  const STACK = /^\s+at .+\(|node:internal/m;

  /** A story folder named `name` holding the sample (its ID set to the folder's), changed by `make`. */
  function storyFolder(name: string, make: (dir: string) => void = () => {}): string {
    const dir = join(scratch, name);
    mkdirSync(join(dir, 'i18n'), { recursive: true });
    writeFileSync(join(dir, 'story.json'), sampleText.replace('"id": "sample"', `"id": "${name}"`));
    make(dir);
    return dir;
  }
  const output = (result: ReturnType<typeof run>) => `${result.stdout}${result.stderr}`;
  const expectSentence = (result: ReturnType<typeof run>, file: RegExp, sentence: string) => {
    expect(result.status, output(result)).not.toBe(0);
    expect(output(result)).toMatch(file);
    expect(output(result)).toContain(sentence);
    expect(output(result)).not.toMatch(STACK);
  };

  it.each([
    [
      'story.json is a folder',
      (dir: string) => (rmSync(join(dir, 'story.json')), mkdirSync(join(dir, 'story.json'))),
      /story\.json/,
      'This is a folder, not a file.',
    ],
    [
      'story.json is a broken link',
      (dir: string) => (rmSync(join(dir, 'story.json')), symlinkSync('/nowhere/story.json', join(dir, 'story.json'))),
      /story\.json/,
      'This is a link (to /nowhere/story.json)',
    ],
    ['i18n/en.json is a folder', (dir: string) => mkdirSync(join(dir, 'i18n', 'en.json')), /i18n\/en\.json/, 'This is a folder, not a file.'],
    [
      'i18n/en.json is a broken link',
      (dir: string) => symlinkSync('/nowhere/en.json', join(dir, 'i18n', 'en.json')),
      /i18n\/en\.json/,
      'This is a link (to /nowhere/en.json)',
    ],
    // Reading a pipe waits for a writer that never comes: each tool used to hang on it for good.
    [
      'story.json is a pipe',
      (dir: string) => (rmSync(join(dir, 'story.json')), execFileSync('mkfifo', [join(dir, 'story.json')])),
      /story\.json/,
      'This is not a regular file (a pipe',
    ],
    ['i18n/en.json is a pipe', (dir: string) => execFileSync('mkfifo', [join(dir, 'i18n', 'en.json')]), /i18n\/en\.json/, 'This is not a regular file (a pipe'],
  ])('%s: story:check, story:map and story:translate each say so', (what, make, file, sentence) => {
    const dir = storyFolder(`case-${what.replace(/[^a-z]+/g, '-')}`.replace(/-+$/, ''), make);
    expectSentence(run('story-check.ts', dir), file, sentence);
    expectSentence(run('story-map.ts', dir, '--out', join(scratch, 'maps')), file, sentence);
    expectSentence(run('translation-sync.ts', dir, what.startsWith('i18n') ? 'en' : 'jv'), file, sentence);
  });

  it.each([
    ['is not JSON', '{ "strings": ', '$: The file is not valid JSON'],
    ['holds null', 'null', '$: The file holds null, not a translation'],
    [
      'has an entry without a text',
      '{ "strings": { "title": { "source": "00000000" } } }',
      '$.strings["title"]: An entry is an object with a "text" and a "source" hash.',
    ],
  ])('story:translate on a translation that %s names it and writes nothing', (_what, text, sentence) => {
    const dir = storyFolder(`translate-${_what.replace(/[^a-z]+/g, '-')}`, (folder) => writeFileSync(join(folder, 'i18n', 'en.json'), text));
    expectSentence(run('translation-sync.ts', dir, 'en'), /i18n\/en\.json/, sentence);
    expect(readFileSync(join(dir, 'i18n', 'en.json'), 'utf8')).toBe(text);
  });

  it('story:translate on a folder that does not exist says so', () => {
    expectSentence(run('translation-sync.ts', join(scratch, 'nowhere'), 'en'), /nowhere/, 'The folder does not exist.');
  });

  it('story:translate refuses to translate a story into its own language', () => {
    const dir = storyFolder('own-language');
    expectSentence(run('translation-sync.ts', dir, 'id'), /own-language/, 'the source is written in "id" already');
  });

  it('story:translate keeps entries whatever their key (toString, hasOwnProperty), and lists them', () => {
    const keys = ['toString', 'hasOwnProperty', 'valueOf'];
    const strings = Object.fromEntries(keys.map((key) => [key, { text: `kept ${key}`, source: '00000000' }]));
    const dir = storyFolder('odd-keys', (folder) =>
      writeFileSync(join(folder, 'i18n', 'en.json'), JSON.stringify({ schemaVersion: 1, language: 'en', strings })),
    );
    const result = run('translation-sync.ts', dir, 'en');
    expect(result.status, output(result)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'i18n', 'en.json'), 'utf8')) as { strings: Record<string, { text: string }> };
    for (const key of keys) {
      expect(Object.hasOwn(written.strings, key)).toBe(true);
      expect(written.strings[key]!.text).toBe(`kept ${key}`);
      expect(result.stdout).toContain(`not in the source: ${key}`);
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('story:translate names a %s key (which a validator would drop) and writes nothing', (key) => {
    const text = `{ "schemaVersion": 1, "language": "en", "strings": { "${key}": { "text": "x", "source": "00000000" } } }`;
    const dir = storyFolder(`reserved-${key.replace(/_/g, '')}`, (folder) => writeFileSync(join(folder, 'i18n', 'en.json'), text));
    expectSentence(run('translation-sync.ts', dir, 'en'), /i18n\/en\.json/, `$.strings.${key}: The key "${key}" is reserved`);
    expect(readFileSync(join(dir, 'i18n', 'en.json'), 'utf8')).toBe(text);
  });

  it('story:map --out at a file says so', () => {
    const dir = storyFolder('map-out');
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    expectSentence(run('story-map.ts', dir, '--out', file), /a-file/, '--out names a file');
  });

  it('story:map writes story text into Mermaid labels as text: quotes, markup, pipes and line breaks cannot break out', () => {
    const dir = storyFolder('map-text', (folder) => {
      const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
      story.scenes[0].then.choices[0].text = 'Say "no" | <img src=x onerror=alert(1)> ]]\nthen #go';
      story.scenes[0].title = 'Warung \u202eevil';
      writeFileSync(join(folder, 'story.json'), JSON.stringify(story));
    });
    const out = join(scratch, 'map-text-out');
    const result = run('story-map.ts', dir, '--out', out);
    expect(result.status, output(result)).toBe(0);
    const mmd = readFileSync(join(out, 'map-text.map.mmd'), 'utf8');
    expect(mmd).toContain('warung -->|"Say #34;no#34; #124; #60;img src#61;x onerror#61;alert(1)#62; #93;#93; then #35;go (+ official-channels)"| disnaker');
    expect(mmd).toContain('warung["Warung #60;U+202E#62;evil"]');
    expect(mmd).not.toContain('\u202e');
  });

  it('story:check shows characters that reorder text as <U+202E>, never raw', () => {
    const dir = storyFolder('bidi', (folder) =>
      writeFileSync(
        join(folder, 'i18n', 'en.json'),
        JSON.stringify({ schemaVersion: 1, language: 'en', strings: { 'evil\u202egpj.svg': { text: 'x', source: '00000000' } } }),
      ),
    );
    const result = run('story-check.ts', dir);
    expect(result.stdout).toContain('evil<U+202E>gpj.svg');
    expect(result.stdout).not.toContain('\u202e');
  });

  describe('npm run print on a story it cannot read', () => {
    // The print tool reads stories/ next to itself: a copy of the tools with their own stories folder.
    const copy = join(scratch, 'project');
    for (const folder of ['src', 'tools']) cpSync(join(root, folder), join(copy, folder), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    mkdirSync(join(copy, 'stories', 'not-json'), { recursive: true });
    writeFileSync(join(copy, 'stories', 'not-json', 'story.json'), `{ "id": "not-json", ${'"x": "a long story", '.repeat(2000)}`);
    mkdirSync(join(copy, 'stories', 'invalid'), { recursive: true });
    writeFileSync(
      join(copy, 'stories', 'invalid', 'story.json'),
      sampleText.replace('"id": "sample"', '"id": "invalid"').replace('"start": "warung"', '"start": 7'),
    );
    const print = (storyId: string) => spawnSync(tsx, [join(copy, 'tools', 'print.ts'), storyId], { cwd: copy, encoding: 'utf8' });

    it.each([
      ['not-json', 'stories/not-json/story.json $: The file is not valid JSON'],
      ['invalid', 'stories/invalid/story.json $.start: Expected string but found 7.'],
    ])('%s: names the file, the path and the problem, without the file itself or a trace', (storyId, sentence) => {
      const result = print(storyId);
      expect(result.status, output(result)).toBe(1);
      expect(result.stderr).toContain(sentence);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stderr).not.toContain('a long story');
    });
  });
});
