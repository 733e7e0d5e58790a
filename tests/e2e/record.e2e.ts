/**
 * Recording narration in the Studio (issue 19) with Chromium's fake microphone: a sentence said by espeak-ng between
 * pauses is the microphone's sound. Two balloons of an adapted story are recorded by keyboard alone (Space starts and
 * stops, the arrow moves on), listened back, trimmed, kept in the draft; the folder export then holds
 * narration/id.json and Ogg Opus recordings that story:check accepts. axe on the recording view.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oggOpusSeconds, type Narration } from '../../src/story/narration';
import { CHROME_FLAGS, CHROME_PATH } from '../../tools/chromium';
import { appReady, expectAccessible, open, PROJECTOR, screenshot } from './browser';
import { ROOT } from './servers';

const work = mkdtempSync(join(tmpdir(), 'komik-record-'));
const PAUSE_SECONDS = 0.8;

/** espeak-ng's sentence with PAUSE_SECONDS of silence before it and 2 s after: what trimming must cut. */
function microphoneWav(): string {
  const said = join(work, 'said.wav');
  execFileSync('espeak-ng', ['-v', 'id', '-s', '150', '-w', said, '--', 'Selamat datang di warung kami.']);
  const wav = readFileSync(said);
  const rate = wav.readUInt32LE(24);
  const data = wav.indexOf('data', 12) + 8;
  const speech = wav.subarray(data);
  const silence = (seconds: number) => Buffer.alloc(Math.round(seconds * rate) * 2);
  const body = Buffer.concat([silence(PAUSE_SECONDS), speech, silence(2)]);
  const header = Buffer.from(wav.subarray(0, 44));
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + body.length, 4);
  header.write('data', 36);
  header.writeUInt32LE(body.length, 40);
  const path = join(work, 'microphone.wav');
  writeFileSync(path, Buffer.concat([header, body]));
  return path;
}

let browser: Browser;
beforeAll(async () => {
  // Only this test hears a fake microphone (and grants it without asking): the other tests' Chromium has none.
  const flags = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${microphoneWav()}`];
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_FLAGS, ...flags] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('recording narration in the Studio', () => {
  it('records two balloons by keyboard, trims them, and exports narration story:check accepts', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await page.goto(`${session.base}#/studio`);
    await appReady(page);
    await page.locator('.studio-bundled select').selectOption('sample');
    await page.getByRole('button', { name: 'Buat draf darinya' }).click();
    await page.getByRole('button', { name: 'Rekam suara' }).click();
    const view = page.getByRole('region', { name: 'Rekam suara cerita' });
    const progress = view.getByText(/^Tinggal \d+ dari \d+ teks/);
    const total = Number(/dari (\d+)/.exec((await progress.textContent())!)![1]);
    expect(total).toBeGreaterThan(10);

    const card = view.locator('.record-card');
    const takes: number[] = [];
    for (const balloon of [1, 2]) {
      await expect.poll(() => card.textContent()).toContain(`Teks ${balloon} dari ${total}`);
      await card.focus();
      await page.keyboard.press('Space');
      await view.getByText('Sedang merekam…').waitFor();
      const started = Date.now();
      await page.waitForTimeout(2600); // the sentence and the pauses around it, as a narrator takes them
      await page.keyboard.press('Space');
      takes.push((Date.now() - started) / 1000);
      await view.getByText('Rekaman tersimpan.').waitFor();
      await expect.poll(() => card.textContent()).toContain('Sudah direkam');
      if (balloon === 1) {
        await expectAccessible(page, 'the recording view');
        await screenshot(page, 'studio-record');
        await view.getByRole('button', { name: 'Dengarkan' }).click();
        await card.focus();
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(await progress.textContent()).toBe(`Tinggal ${total - 2} dari ${total} teks yang belum direkam.`);

    const [folder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor ke folder' }).click()]);
    const files = unzipSync(readFileSync((await folder.path())!));
    const narration = JSON.parse(new TextDecoder().decode(files['stories/sample/narration/id.json'])) as Narration;
    const clips = Object.entries(narration.clips);
    expect(clips).toHaveLength(2);
    clips.forEach(([, clip], index) => {
      const bytes = files[`stories/sample/narration/id/${clip.file}`]!;
      const seconds = oggOpusSeconds(bytes)!;
      // The sentence is kept, the silence before it is cut (all but 150 ms), and so is most of the 2 s after it.
      expect(seconds).toBeGreaterThan(1);
      expect(seconds).toBeLessThan(takes[index]! - PAUSE_SECONDS + 0.3);
      expect(bytes.length / seconds).toBeLessThan(4000);
    });

    // The folder, unzipped as an author's checkout, passes story:check with its narration.
    const checkout = join(work, 'checkout');
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(checkout, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    const checked = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'tools', 'story-check.ts'), join(checkout, 'stories', 'sample'), '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const report = JSON.parse(checked.stdout) as { errors: number; warnings: number; problems: { code: string; severity: string }[] };
    expect(report.errors).toBe(0);
    expect(report.problems.filter((problem) => problem.severity !== 'note').map((problem) => problem.code)).toEqual([]);
  });
});
