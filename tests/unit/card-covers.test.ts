/**
 * The library's card covers (issue 21): the build draws each bundled story's cover as a small WebP, decoded off a
 * slow phone's main thread where the SVG was parsed and drawn on it. Every bundled story gets one, at the card's size
 * and small, and it is the story's picture, not an empty frame.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_COVER } from '../../src/art/card-cover';
import { ROOT, STORIES_DIR } from '../../tools/story-files';
import { drawCardCover, storyCovers } from '../../tools/vite-card-covers';

const bundled = readdirSync(STORIES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'lessons')
  .map((entry) => entry.name)
  .sort();

describe("the library's card covers", () => {
  const covers = storyCovers(ROOT, join(ROOT, 'public'));

  it('are drawn for every bundled story, from its own cover', () => {
    expect(covers.map((cover) => cover.storyId).sort()).toEqual(bundled);
    for (const cover of covers) expect(cover.file).toBe(join(ROOT, 'public', 'panels', cover.storyId, 'cover.svg'));
  });

  it.each(bundled)('%s: a WebP at twice the card size, a few KB, with the picture in it', async (storyId) => {
    const picture = await drawCardCover(covers.find((cover) => cover.storyId === storyId)!.file);
    const { format, width, height } = await sharp(picture).metadata();
    expect({ format, width, height }).toEqual({ format: 'webp', width: CARD_COVER.width, height: CARD_COVER.height });
    expect(picture.length).toBeLessThan(10 * 1024);
    // The art, not a blank or one-colour frame: its colours spread.
    const { channels } = await sharp(picture).stats();
    expect(Math.max(...channels.slice(0, 3).map((channel) => channel.stdev))).toBeGreaterThan(20);
  });

  it('leave out a story whose cover is missing or whose script is broken (the checker reports those)', () => {
    const root = mkdtempSync(join(tmpdir(), 'komik-saku-covers-'));
    try {
      for (const [id, script] of [
        ['no-picture', '{"cover":"cover.svg"}'],
        ['broken', '{"cover":'],
        ['drawn', '{"cover":"sampul.svg"}'],
      ] as const) {
        mkdirSync(join(root, 'stories', id), { recursive: true });
        writeFileSync(join(root, 'stories', id, 'story.json'), script);
      }
      mkdirSync(join(root, 'public', 'panels', 'drawn'), { recursive: true });
      writeFileSync(join(root, 'public', 'panels', 'drawn', 'sampul.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 850"/>');
      expect(storyCovers(root, join(root, 'public'))).toEqual([{ storyId: 'drawn', file: join(root, 'public', 'panels', 'drawn', 'sampul.svg') }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
