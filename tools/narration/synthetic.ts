/**
 * npm run story:narrate-synthetic -- <story folder or stories/lessons> <language>
 * Test narration for a story, or for the lessons catalog, made by a speech synthesiser (Debian's espeak-ng), never a
 * real voice: every text that listen mode reads aloud (src/story/narration.ts, role "read"), as Ogg Opus mono
 * 24 kbit/s in <folder>/narration/<language>/, with <folder>/narration/<language>.json. The sample story and the
 * lessons' Indonesian messages ship one as fixtures (public/panels/CREDITS.md says they are synthetic). espeak-ng writes WAV; Chromium's WebCodecs encodes Opus (there
 * is no opusenc or ffmpeg here) and ogg-opus.ts writes the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourceHash } from '../../src/story/hash';
import { loadCatalog, loadStory, loadTranslation } from '../../src/story/load';
import { narrationRole, oggOpusSeconds, type Narration } from '../../src/story/narration';
import { lessonStrings, storyStrings, translatedText, type StoryString } from '../../src/story/strings';
import { readArgs, usageError } from '../args';
import { launchChromium } from '../chromium';
import { oggOpus } from '../../src/story/ogg-opus';

const USAGE = 'Usage: npm run story:narrate-synthetic -- <story folder or stories/lessons> <language>';
const { positionals } = readArgs({}, USAGE);
const [folderArg, language] = positionals;
if (!folderArg || !language) usageError('Name a story folder and a language.', USAGE);
const folder = resolve(folderArg);
const { strings, sourceLanguage } = readStrings(folder);
const translation =
  language === sourceLanguage
    ? null
    : (() => {
        const file = join(folder, 'i18n', `${language}.json`);
        const read = loadTranslation(readFileSync(file, 'utf8'), file);
        if (!read.ok) usageError(`${file} is not a valid translation.`, USAGE);
        return read.value;
      })();

const lines = strings.flatMap((entry) => {
  const text = translation ? translatedText(translation, entry.key) : entry.text;
  return narrationRole(entry.key) === 'read' && text ? [{ key: entry.key, text }] : [];
});

const BITRATE = 24_000;
const work = mkdtempSync(join(tmpdir(), 'narration-'));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // tsx names functions with a helper of its own; the page needs it too to run encodeInPage.
  await page.addInitScript('window.__name = (target) => target');
  // WebCodecs needs a secure context: the loopback address is one, and no server is needed to answer it.
  await page.route('http://127.0.0.1:9/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>encode</title>' }));
  await page.goto('http://127.0.0.1:9/');
  const outDir = join(folder, 'narration', language);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const clips: Narration['clips'] = {};
  for (const [index, line] of lines.entries()) {
    const wav = join(work, `${index}.wav`);
    // Arguments, never a shell: story text is untrusted input. 140 words a minute, for slow listeners.
    execFileSync('espeak-ng', ['-v', language, '-s', '140', '-w', wav, '--', line.text]);
    const encoded = await page.evaluate(encodeInPage, { wav: readFileSync(wav).toString('base64'), bitrate: BITRATE });
    const bytes = oggOpus({
      packets: encoded.packets.map((packet) => Uint8Array.from(Buffer.from(packet, 'base64'))),
      frameSamples: 960,
      preSkip: 312,
      samples: encoded.samples,
      inputRate: encoded.inputRate,
      serial: Number.parseInt(sourceHash(line.key), 16),
      vendor: 'espeak-ng + Chromium WebCodecs (synthetic)',
    });
    const file = `${line.key}.ogg`;
    writeFileSync(join(outDir, file), bytes);
    clips[line.key] = { file, source: sourceHash(line.text), bytes: bytes.length, seconds: Math.round(oggOpusSeconds(bytes)! * 100) / 100 };
  }
  const narration: Narration = {
    $schema: '../../../schema/narration.schema.json',
    schemaVersion: 1,
    language,
    voice: 'synthetic: espeak-ng, for testing only',
    clips,
  };
  writeFileSync(join(folder, 'narration', `${language}.json`), `${JSON.stringify(narration, null, 2)}\n`);
  const total = Object.values(clips).reduce((sum, clip) => ({ bytes: sum.bytes + clip.bytes, seconds: sum.seconds + clip.seconds }), { bytes: 0, seconds: 0 });
  console.log(
    `${lines.length} recordings, ${total.seconds.toFixed(1)} s, ${total.bytes} bytes (${Math.round((total.bytes / total.seconds) * 60)} bytes a minute)`,
  );
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

/** The texts of a story folder (story.json) or of the lessons catalog (lessons.json), and the language they are in. */
function readStrings(dir: string): { strings: StoryString[]; sourceLanguage: string } {
  const catalogFile = join(dir, 'lessons.json');
  if (existsSync(catalogFile)) {
    const catalog = loadCatalog(readFileSync(catalogFile, 'utf8'), catalogFile);
    if (!catalog.ok) usageError(`${catalogFile} is not a valid lessons catalog: run npm run story:check first.`, USAGE);
    return { strings: lessonStrings(catalog.value), sourceLanguage: catalog.value.language };
  }
  const storyFile = join(dir, 'story.json');
  const story = loadStory(readFileSync(storyFile, 'utf8'), storyFile);
  if (!story.ok) usageError(`${storyFile} is not a valid story: run npm run story:check first.`, USAGE);
  return { strings: storyStrings(story.value), sourceLanguage: story.value.language };
}

/** In the page: WAV → 48 kHz mono → Opus packets (base64), with the length of the audio in 48 kHz samples. */
async function encodeInPage({ wav, bitrate }: { wav: string; bitrate: number }) {
  const data = Uint8Array.from(atob(wav), (char) => char.charCodeAt(0));
  const inputRate = new DataView(data.buffer).getUint32(24, true);
  const probe = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(data.buffer.slice(0));
  const context = new OfflineAudioContext(1, Math.ceil(probe.duration * 48_000), 48_000);
  const source = context.createBufferSource();
  source.buffer = probe;
  source.connect(context.destination);
  source.start();
  const audio = await context.startRendering();
  const samples = audio.getChannelData(0);
  const packets: string[] = [];
  const encoder = new AudioEncoder({
    output: (chunk) => {
      const bytes = new Uint8Array(chunk.byteLength);
      chunk.copyTo(bytes);
      packets.push(btoa(String.fromCharCode(...bytes)));
    },
    error: (error) => {
      throw error;
    },
  });
  encoder.configure({ codec: 'opus', sampleRate: 48_000, numberOfChannels: 1, bitrate });
  encoder.encode(new AudioData({ format: 'f32-planar', sampleRate: 48_000, numberOfFrames: samples.length, numberOfChannels: 1, timestamp: 0, data: samples }));
  await encoder.flush();
  encoder.close();
  return { packets, samples: samples.length, inputRate };
}
