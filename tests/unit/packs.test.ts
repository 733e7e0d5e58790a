/** Story packs, the pure layer: every bundled story goes through a pack unchanged; a hostile pack gives its exact problem and nothing else. */
import { zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, readPack, writePack } from '../../src/packs/index';
import { manifestFor, type Manifest } from '../../src/packs/manifest';
import type { Problem } from '../../src/story/problem';
import { packContext, readPackFiles } from '../../tools/pack-files';
import { handMadeZip, zerosDeflated, type RawEntry } from '../support/hand-made-zip';

const root = join(import.meta.dirname, '..', '..');
const { context } = packContext();
const storyFiles = (id: string) => readPackFiles(join(root, 'stories', id)).files;
const sample = storyFiles('sample');
const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array) => readPack(bytes, context, 'sample.komik');
const refused = (file: string, code: string, message: string) => ({ ok: false, problems: [{ severity: 'error', code, file, path: '$', message }] });

/** The sample's files with some replaced (null: left out), zipped with a manifest that matches them unless told otherwise. */
function samplePack(changes: Record<string, string | Uint8Array | null> = {}, manifest: Partial<Manifest> = {}): Uint8Array {
  const files = new Map(sample);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) files.delete(name);
    else files.set(name, typeof content === 'string' ? text(content) : content);
  }
  const sizes = new Map([...files].map(([name, bytes]) => [name, bytes.length]));
  const written = { ...manifestFor({ story: 'sample', languages: ['id', 'en'], files: sizes }), ...manifest };
  return zipSync({ 'manifest.json': text(JSON.stringify(written)), ...Object.fromEntries(files) });
}

const raw = (entry: Partial<RawEntry>) => handMadeZip([{ name: 'panels/cover.svg', data: text('<svg/>'), ...entry }]);

describe('a story pack', () => {
  it.each(['sample', 'awak-kapal', 'jalan-sari', 'keluarga-nita', 'lowongan-bayu'])(
    'carries %s byte for byte, and reads back as the checker reads the story',
    { timeout: 30_000 },
    (id) => {
      const files = storyFiles(id);
      const bytes = writePack(files);
      const result = readPack(bytes, context, `${id}.komik`);
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      expect([...result.value.files.keys()]).toEqual([...files.keys()]);
      for (const [name, bytes] of files) expect(Buffer.compare(result.value.files.get(name)!, bytes), name).toBe(0);
      expect(result.value.story.id).toBe(id);
      expect(result.value.manifest.files['story.json']).toBe(files.get('story.json')!.length);
      expect(result.value.art.size).toBe([...files.keys()].filter((name) => name.startsWith('panels/')).length);
      expect(result.value.warnings).toEqual([]);
      // The same files give the same pack: packs can be compared (and, later, signed).
      expect(Buffer.compare(writePack(files), bytes)).toBe(0);
    },
  );

  it('names its languages, files and sizes in the manifest', () => {
    const result = read(writePack(storyFiles('jalan-sari')));
    if (!result.ok) throw new Error('refused');
    const { manifest } = result.value;
    expect(manifest).toMatchObject({ formatVersion: 1, story: 'jalan-sari', languages: ['id', 'en', 'jv'] });
    expect(Object.keys(manifest.files).slice(0, 3)).toEqual(['story.json', 'i18n/en.json', 'i18n/jv.json']);
    expect(manifest.files['panels/cover.svg']).toBe(result.value.art.get('cover.svg')!.length);
    expect(manifest).not.toHaveProperty('signature');
  });
});

describe('a hostile pack is refused with its exact problem, and nothing else is returned', () => {
  const cases: [string, () => Uint8Array, { file: string; code: string; message: string }][] = [
    ['not a zip', () => text('#!/bin/sh\nrm -rf ~'), { file: 'sample.komik', code: 'not-a-pack', message: 'This is not a zip file (a story pack is a zip).' }],
    [
      'larger than a pack may be',
      () => new Uint8Array(MAX_PACK_BYTES + 1),
      { file: 'sample.komik', code: 'too-large', message: `The pack is ${MAX_PACK_BYTES + 1} bytes; a story pack may be at most ${MAX_PACK_BYTES}.` },
    ],
    [
      'too many files',
      () => zipSync(Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`panels/p${i}.svg`, new Uint8Array(0)])), { level: 0 }),
      { file: 'sample.komik', code: 'not-a-pack', message: 'The pack holds 501 files; a pack may hold at most 500.' },
    ],
    [
      'a name climbing out with ..',
      () => raw({ name: 'panels/../../.bashrc' }),
      { file: 'panels/../../.bashrc', code: 'unsafe-name', message: 'The name climbs out of the pack\'s folder with "..".' },
    ],
    [
      'an absolute name',
      () => raw({ name: '/etc/passwd' }),
      { file: '/etc/passwd', code: 'unsafe-name', message: 'The name is an absolute path: names in a pack are relative to the pack.' },
    ],
    [
      'a backslash',
      () => raw({ name: 'panels\\..\\evil.svg' }),
      {
        file: 'panels\\..\\evil.svg',
        code: 'unsafe-name',
        message: 'The name holds a backslash: names in a pack use "/" only (on Windows a backslash leads into other folders).',
      },
    ],
    [
      'a drive letter',
      () => raw({ name: 'C:/Windows/evil.svg' }),
      { file: 'C:/Windows/evil.svg', code: 'unsafe-name', message: 'The name starts with a drive letter: names in a pack are relative to the pack.' },
    ],
    [
      'a NUL',
      () => raw({ name: 'panels/cover.svg\0.exe' }),
      { file: 'panels/cover.svg<U+0000>.exe', code: 'unsafe-name', message: 'The name holds a NUL character, which cuts it short on some systems.' },
    ],
    [
      'a name that is not UTF-8',
      () => raw({ name: new Uint8Array([0x70, 0xff, 0xfe]) }),
      { file: 'sample.komik', code: 'bad-name', message: 'File 1 of the pack has a name that is not UTF-8 text.' },
    ],
    [
      'a symbolic link',
      () => raw({ system: 3, attributes: 0o120777 << 16 }),
      { file: 'panels/cover.svg', code: 'link', message: 'This is a symbolic link: unpacked, it could point anywhere on the machine, so links are refused.' },
    ],
    [
      'a device',
      () => raw({ system: 3, attributes: 0o020644 << 16 }),
      { file: 'panels/cover.svg', code: 'not-a-plain-file', message: 'This is not a plain file (a device or pipe).' },
    ],
    [
      'a folder where a file is expected',
      () => raw({ name: 'story.json/', data: new Uint8Array(0) }),
      { file: 'story.json/', code: 'folder', message: 'This is a folder where a file is expected.' },
    ],
    [
      'a file with no place in a pack',
      () => raw({ name: 'panels/run.html' }),
      {
        file: 'panels/run.html',
        code: 'unexpected-file',
        message:
          '"panels/run.html" has no place in a story pack: a pack holds manifest.json, story.json, i18n/<language>.json, art (.svg, .webp, .png, .jpg) or notes (.md, .txt) under panels/, and narration/<language>.json with its recordings (.ogg, .opus) under narration/<language>/.',
      },
    ],
    ['an encrypted file', () => raw({ flags: 1 }), { file: 'panels/cover.svg', code: 'encrypted', message: 'The file is encrypted; a story pack is not.' }],
    [
      'an art file declared too large',
      () => raw({ name: 'panels/big.png', size: 3 * 1024 * 1024 }),
      { file: 'panels/big.png', code: 'too-large', message: 'The file declares 3145728 bytes; an art file may be at most 2097152.' },
    ],
    [
      'headers giving two names',
      () => raw({ localName: 'panels/cover.svX' }),
      { file: 'panels/cover.svg', code: 'damaged', message: 'Its two headers give different names.' },
    ],
    [
      'a file declaring more than it holds',
      () => raw({ size: 100 }),
      { file: 'panels/cover.svg', code: 'damaged', message: 'It declares 100 bytes but holds 6.' },
    ],
    [
      'a wrong checksum',
      () => raw({ crc: 1234 }),
      { file: 'panels/cover.svg', code: 'damaged', message: 'Its checksum does not match: the pack is damaged (download or copy it again).' },
    ],
    [
      'an unknown compression',
      () => raw({ method: 12 }),
      { file: 'panels/cover.svg', code: 'damaged', message: 'It is compressed with method 12; a pack uses deflate or none.' },
    ],
    ['no manifest', () => zipSync(Object.fromEntries(sample)), { file: 'sample.komik', code: 'missing', message: 'The pack has no manifest.json.' }],
    [
      'a story that is not UTF-8',
      () => samplePack({ 'story.json': new Uint8Array([0x7b, 0xff, 0x7d]) }),
      { file: 'story.json', code: 'not-utf8', message: 'The file is not UTF-8 text.' },
    ],
    [
      'a story that is not JSON',
      () => samplePack({ 'story.json': '{"id": ' }),
      { file: 'story.json', code: 'not-json', message: 'The file is not valid JSON: Unexpected end of JSON input.' },
    ],
    [
      'a script in the art',
      () => samplePack({ 'panels/cover.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("//x")</script></svg>' }),
      { file: 'panels/cover.svg', code: 'unsafe-art', message: 'Line 1, column 41: <script> is not allowed: it runs code.' },
    ],
    [
      'a picture that is not one',
      () => samplePack({ 'panels/photo.png': '<html>' }),
      { file: 'panels/photo.png', code: 'unsafe-art', message: 'The file is named .png but is not a PNG picture.' },
    ],
  ];

  it.each(cases)('%s', (_, build, expected) => {
    expect(read(build())).toEqual(refused(expected.file, expected.code, expected.message));
  });

  it('refuses two files of one name, letter case aside', () => {
    const twice = handMadeZip([
      { name: 'panels/cover.svg', data: text('<svg/>') },
      { name: 'panels/Cover.svg', data: text('<svg/>') },
    ]);
    expect(read(twice)).toEqual(refused('panels/Cover.svg', 'duplicate', 'The pack holds this name twice (letter case aside).'));
  });

  it('refuses files declaring more than a pack may hold together, before inflating any', () => {
    const many = handMadeZip(Array.from({ length: 33 }, (_, i) => ({ name: `panels/p${i}.png`, data: new Uint8Array(1), size: 2 * 1024 * 1024 })));
    expect(read(many)).toEqual(
      refused('sample.komik', 'too-large', 'The files of the pack declare 69206016 bytes together; a pack may hold at most 67108864.'),
    );
  });

  it('refuses files whose data overlap (one stream counted many times)', () => {
    const overlapping = handMadeZip([
      { name: 'panels/a.svg', data: text('<svg/>'), compressedSize: 40 },
      { name: 'panels/b.svg', data: text('<svg/>') },
    ]);
    expect(read(overlapping)).toEqual(refused('panels/b.svg', 'overlap', 'Its data overlaps the data of "panels/a.svg" (a trick of zip bombs).'));
  });

  it('stops a zip bomb while inflating it: 4 GB of zeros declared as 1,000 bytes', () => {
    const zeros = zerosDeflated(2_000_000); // 26 MB that inflate to 4.1 GB
    const bomb = handMadeZip([{ name: 'panels/cover.svg', data: zeros, method: 8, size: 1000, crc: 0 }]);
    const started = performance.now();
    expect(read(bomb)).toEqual(
      refused(
        'panels/cover.svg',
        'damaged',
        'It inflates to more than the 1000 bytes it declares (a zip bomb would go on to fill the memory), so it was stopped.',
      ),
    );
    // Inflating it all takes many seconds; stopped at once, it takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a damaged compressed stream', () => {
    expect(read(raw({ method: 8, data: new Uint8Array([0xff, 0xff, 0xff]), size: 10 }))).toEqual(
      refused('panels/cover.svg', 'damaged', 'Its compressed data is damaged (invalid block type).'),
    );
  });
});

describe('a pack whose manifest does not match its contents is refused', () => {
  const mismatch = (path: string, message: string): Problem => ({ severity: 'error', code: 'manifest-mismatch', file: 'manifest.json', path, message });
  it.each<[string, Record<string, string | null>, Partial<Manifest>, Problem]>([
    ['another story', {}, { story: 'jalan-sari' }, mismatch('$.story', 'The manifest names the story "jalan-sari", but story.json is the story "sample".')],
    [
      'other languages',
      {},
      { languages: ['id', 'en', 'jv'] },
      mismatch(
        '$.languages',
        'The manifest lists the languages "id", "en", "jv", but the pack holds "id", "en" (the story\'s language first, then its translations).',
      ),
    ],
    [
      'a file that is not there',
      {},
      { files: { ...Object.fromEntries([...sample].map(([name, bytes]) => [name, bytes.length])), 'panels/gone.svg': 10 } },
      mismatch('$.files["panels/gone.svg"]', 'The manifest lists "panels/gone.svg", which is not in the pack.'),
    ],
    [
      'a size that is wrong',
      {},
      { files: { ...Object.fromEntries([...sample].map(([name, bytes]) => [name, bytes.length])), 'story.json': 1 } },
      mismatch('$.files["story.json"]', `The manifest says "story.json" is 1 bytes, but it is ${sample.get('story.json')!.length}.`),
    ],
  ])('%s', (_, changes, manifest, problem) => {
    expect(read(samplePack(changes, manifest))).toEqual({ ok: false, problems: [problem] });
  });

  it('a file left out of the manifest', () => {
    const files = Object.fromEntries([...sample].map(([name, bytes]) => [name, bytes.length]));
    delete files['panels/cover.svg'];
    expect(read(samplePack({}, { files }))).toEqual({
      ok: false,
      problems: [mismatch('$.files', '"panels/cover.svg" is in the pack but not in the manifest.')],
    });
  });

  it('a newer format', () => {
    const result = read(samplePack({}, { formatVersion: 2 } as unknown as Partial<Manifest>));
    const message = 'This app reads story packs of format 1: the pack was made by a newer app, or is not a story pack (found 2).';
    expect(result).toEqual({ ok: false, problems: [{ severity: 'error', code: 'schema', file: 'manifest.json', path: '$.formatVersion', message }] });
  });
});

describe('a pack whose story the checker refuses', () => {
  const story = new TextDecoder().decode(sample.get('story.json'));

  it("gives the checker's problems, with the JSON path", () => {
    const result = read(samplePack({ 'story.json': story.replace('"target": "disnaker"', '"target": "nowhere"') }));
    const problem = {
      severity: 'error',
      code: 'broken-target',
      file: 'story.json',
      path: '$.scenes[0].then.choices[0].target',
      message: 'The choice leads to the scene "nowhere", which does not exist.',
      params: { context: 'choice', target: 'nowhere' },
    };
    expect(result).toEqual({ ok: false, problems: [problem] });
  });

  it('refuses art the story needs but the pack lacks', () => {
    const result = read(samplePack({ 'panels/cover.svg': null }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'missing-art',
          file: 'story.json',
          path: '$.cover',
          message: 'The cover public/panels/sample/cover.svg does not exist.',
          params: { file: 'cover.svg' },
        },
      ],
    });
  });

  it("refuses the lessons catalog's folder as a story ID", () => {
    const result = read(samplePack({ 'story.json': story.replace('"id": "sample"', '"id": "lessons"') }, { story: 'lessons' }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'reserved-id',
          file: 'story.json',
          path: '$.id',
          message: 'The story ID "lessons" is the lessons catalog\'s folder: choose another ID.',
        },
      ],
    });
  });
});

describe("a pack's recorded narration is checked as story:check checks a folder", () => {
  const clip = 'narration/id/scene.warung.prompt.ogg';
  const problemsOf = (bytes: Uint8Array) => {
    const result = read(bytes);
    return result.ok ? [] : result.problems.map((problem) => `${problem.file} ${problem.code}`);
  };

  it("carries the sample's recordings with their narration file", () => {
    const result = read(samplePack());
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(Buffer.compare(result.value.files.get(clip)!, sample.get(clip)!)).toBe(0);
  });

  it('refuses a recording that is not Ogg Opus, and one no narration file lists', () => {
    expect(problemsOf(samplePack({ [clip]: text('not audio at all') }))).toContain('narration/id.json recording-size');
    expect(problemsOf(samplePack({ [clip]: text('not audio at all') }))).toContain('narration/id.json not-opus');
    expect(problemsOf(samplePack({ 'narration/id/extra.ogg': sample.get(clip)!, 'narration/id.json': null }))).toContain(
      'narration/id/extra.ogg unused-recording',
    );
  });

  it('refuses a recording above the size a recording may have, before inflating it', () => {
    expect(problemsOf(raw({ name: 'narration/id/long.ogg', data: new Uint8Array(8), size: 3 * 1024 * 1024 }))).toEqual(['narration/id/long.ogg too-large']);
  });

  it('refuses a recording of another kind or outside a language folder', () => {
    expect(problemsOf(raw({ name: 'narration/id/voice.mp3', data: text('x') }))).toEqual(['narration/id/voice.mp3 unexpected-file']);
    expect(problemsOf(raw({ name: 'narration/voice.ogg', data: text('x') }))).toEqual(['narration/voice.ogg unexpected-file']);
  });
});
