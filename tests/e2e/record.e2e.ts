/**
 * Recording narration in the Studio (issue 19) with Chromium's fake microphone: a sentence said by espeak-ng between
 * pauses is the microphone's sound. Two balloons of an adapted story are recorded by keyboard alone (Space starts and
 * stops, the arrow moves on), listened back, trimmed, kept in the draft; the folder export then holds
 * narration/id.json and Ogg Opus recordings that story:check's narration rules accept. axe on the recording view.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reporter } from '../../src/story/check/context';
import { checkNarration } from '../../src/story/check/narration';
import { loadStory } from '../../src/story/load';
import { oggOpusSeconds, type Narration } from '../../src/story/narration';
import type { Problem } from '../../src/story/problem';
import { storyStrings } from '../../src/story/strings';
import { CHROME_FLAGS, CHROME_PATH } from '../../tools/chromium';
import { appReady, expectAccessible, open, PROJECTOR, screenshot } from './browser';

const work = mkdtempSync(join(tmpdir(), 'komik-record-'));
const PAUSE_SECONDS = 0.8;
/** How long espeak-ng's sentence sounds, from its first audible sample to its last (its file has quiet ends too). */
let speechSeconds = 0;

/** espeak-ng's sentence with PAUSE_SECONDS of silence before it and 2 s after: what trimming must cut. */
function microphoneWav(): string {
  const said = join(work, 'said.wav');
  execFileSync('espeak-ng', ['-v', 'id', '-s', '150', '-w', said, '--', 'Selamat datang di warung.']);
  const wav = readFileSync(said);
  const rate = wav.readUInt32LE(24);
  const data = wav.indexOf('data', 12) + 8;
  const speech = wav.subarray(data);
  const audible = [...Array(speech.length / 2).keys()].filter((index) => Math.abs(speech.readInt16LE(index * 2)) > 300);
  speechSeconds = (audible.at(-1)! - audible[0]!) / rate;
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
    for (const balloon of [1, 2]) {
      await expect.poll(() => card.textContent()).toContain(`Teks ${balloon} dari ${total}`);
      await card.focus();
      await page.keyboard.press('Space');
      await view.getByText('Sedang merekam…').waitFor();
      await page.waitForTimeout(2200); // the sentence and the pauses around it, as a narrator takes them
      await page.keyboard.press('Space');
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
    clips.forEach(([, clip]) => {
      const bytes = files[`stories/sample/narration/id/${clip.file}`]!;
      const seconds = oggOpusSeconds(bytes)!;
      // The sentence is kept, and the silence around it cut but 150 ms at each end (a 20 ms frame and the
      // sentence's own soft ends either way).
      expect(seconds).toBeGreaterThan(speechSeconds - 0.2);
      expect(seconds).toBeLessThan(speechSeconds + 0.3 + 0.25);
      expect(bytes.length / seconds).toBeLessThan(4000);
    });

    // story:check's narration rules (in this process: a second Node start costs CI 4 s) find nothing wrong.
    const story = loadStory(new TextDecoder().decode(files['stories/sample/story.json']), 'story.json');
    if (!story.ok) throw new Error('the exported story does not load');
    const recordings = new Map(clips.map(([, clip]) => [clip.file, files[`stories/sample/narration/id/${clip.file}`]!]));
    const problems: Problem[] = [];
    const file = 'stories/sample/narration/id.json';
    checkNarration({ file, narration, recordings }, storyStrings(story.value), 'id', [], reporter(file, problems));
    expect(problems.filter((problem) => problem.severity !== 'note')).toEqual([]);
  });
});
