/** The authoring commands, run as an author runs them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/story/problem';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => spawnSync(tsx, [join(root, 'tools', script), ...args], { cwd: root, encoding: 'utf8' });

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
    expect(result.stdout).toContain('tests/fixtures/stories/broken/story.json\n  error   $.scenes[0].then.choices[0].target  [broken-target] The choice leads to the scene "tow", which does not exist.');
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
    expect(result.stdout).toContain('--layout single|booklet-a5|zine-a7');
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
