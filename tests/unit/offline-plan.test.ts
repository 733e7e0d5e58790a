/**
 * Saving a story for offline reading, planned without a browser: which files a story needs and their size, how much
 * of it a phone has saved (nothing, part of it after a dropped connection, all of it), what saving still downloads,
 * what removing deletes, and which stored files an update left unused.
 */
import { describe, expect, it } from 'vitest';
import {
  allStoryFiles,
  filesToRemove,
  offlineSizes,
  missingFiles,
  offlineState,
  outdatedFiles,
  readOfflineList,
  readOfflineSizes,
  storyFiles,
  textToComplete,
  type OfflineList,
} from '../../src/content/offline/plan';

const list: OfflineList = {
  'jalan-sari': storyFiles([
    { path: 'panels/jalan-sari/warung-1.svg', bytes: 30_000 },
    { path: 'assets/story-AAA.js', bytes: 12_000 },
    { path: 'assets/en-BBB.js', bytes: 8_000 },
  ]),
  'awak-kapal': storyFiles([
    { path: 'assets/story-CCC.js', bytes: 10_000 },
    { path: 'panels/awak-kapal/dek-1.svg', bytes: 40_000 },
    // The same translation's bytes in two stories are one file (a copy of a story): not deleted with either alone.
    { path: 'assets/en-BBB.js', bytes: 8_000 },
  ]),
};
const sari = list['jalan-sari']!;

describe("a story's files for offline reading", () => {
  it('lists its text and pictures with their total size', () => {
    expect(sari.bytes).toBe(50_000);
    expect(sari.files.map((file) => file.path)).toEqual(['assets/en-BBB.js', 'assets/story-AAA.js', 'panels/jalan-sari/warung-1.svg']);
  });

  it('orders its files the same in every language of the phone (by code unit: hashed names mix cases)', () => {
    const files = storyFiles([
      { path: 'assets/story-b.js', bytes: 1 },
      { path: 'assets/story-Z.js', bytes: 1 },
      { path: 'assets/story-a.js', bytes: 1 },
    ]).files.map((file) => file.path);
    expect(files).toEqual(['assets/story-Z.js', 'assets/story-a.js', 'assets/story-b.js']);
  });

  it('is not saved, partly saved (with how much) or saved, from what the cache holds', () => {
    expect(offlineState(sari, new Set())).toEqual({ kind: 'none', bytes: 50_000 });
    expect(offlineState(sari, new Set(['assets/story-AAA.js', 'panels/awak-kapal/dek-1.svg']))).toEqual({ kind: 'partial', saved: 12_000, bytes: 50_000 });
    expect(offlineState(sari, new Set(sari.files.map((file) => file.path)))).toEqual({ kind: 'saved', bytes: 50_000 });
  });

  it('a save that stopped half-way downloads only the rest when tried again', () => {
    expect(missingFiles(sari, new Set(['assets/story-AAA.js']))).toEqual(['assets/en-BBB.js', 'panels/jalan-sari/warung-1.svg']);
    expect(missingFiles(sari, new Set(sari.files.map((file) => file.path)))).toEqual([]);
  });

  it('removing a story deletes its files, not those another story needs', () => {
    expect(filesToRemove(list, 'jalan-sari')).toEqual(['assets/story-AAA.js', 'panels/jalan-sari/warung-1.svg']);
    expect(filesToRemove(list, 'no-such-story')).toEqual([]);
  });

  it("an update's changed story text leaves its old script unused: it is found, pictures and the app's files are not", () => {
    const stored = ['assets/story-OLD.js', 'assets/story-AAA.js', 'panels/jalan-sari/old-picture.svg'];
    expect(outdatedFiles(list, stored)).toEqual(['assets/story-OLD.js']);
  });

  it("a story saved before its text left the app's first download gets its text back; a removed story does not", () => {
    const pictures = ['panels/jalan-sari/warung-1.svg', 'panels/awak-kapal/dek-1.svg'];
    expect(textToComplete(list, new Set(pictures))).toEqual(['assets/en-BBB.js', 'assets/story-AAA.js', 'assets/story-CCC.js']);
    expect(textToComplete(list, new Set(['panels/jalan-sari/warung-1.svg', 'assets/en-BBB.js', 'assets/story-AAA.js']))).toEqual([]);
    expect(textToComplete(list, new Set())).toEqual([]);
  });

  it('"all stories now" counts a file two stories share once', () => {
    const all = allStoryFiles(list);
    expect(all.files).toHaveLength(5);
    expect(all.bytes).toBe(100_000);
  });
});

describe('the sizes alone (offline-sizes.json), all a phone with no story saved needs', () => {
  it("say each story's size, and all stories' together with a file two stories share counted once", () => {
    expect(offlineSizes(list)).toEqual({ bytes: 100_000, stories: { 'jalan-sari': 50_000, 'awak-kapal': 58_000 } });
  });

  it('are read back as written, and anything else is left out', () => {
    expect(readOfflineSizes(JSON.parse(JSON.stringify(offlineSizes(list))))).toEqual(offlineSizes(list));
    expect(readOfflineSizes({ bytes: 10, stories: { good: 10, broken: 'big' } })).toEqual({ bytes: 10, stories: { good: 10 } });
    // The whole list is not sizes (a file from another version).
    expect(readOfflineSizes(list)).toBeNull();
    expect(readOfflineSizes(null)).toBeNull();
    expect(readOfflineSizes({ bytes: 1, stories: [] })).toBeNull();
  });
});

describe('the list as fetched', () => {
  it('keeps what has the shape the build writes and leaves the rest out', () => {
    const read = readOfflineList({
      good: {
        files: [
          { path: 'assets/story-A.js', bytes: 10 },
          { path: 7, bytes: 1 },
          { path: 'x.svg', bytes: 'big' },
        ],
      },
      broken: { files: 'none' },
    });
    expect(read).toEqual({ good: { files: [{ path: 'assets/story-A.js', bytes: 10 }], bytes: 10 } });
    expect(readOfflineList(null)).toBeNull();
    expect(readOfflineList([])).toBeNull();
  });
});
