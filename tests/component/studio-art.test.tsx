/**
 * A panel's own picture as an author meets it in the panel editor when things go wrong: a full device says so plainly
 * and changes nothing (the panel keeps its picture, the draft its story), and the same picture is kept once there is
 * room; a hostile SVG is refused in the checker's words. (The PNG path needs a real canvas: tests/e2e/studio.e2e.ts.)
 */
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftArt } from '../../src/studio/art/art-store';
import { getDraft, saveDraft } from '../../src/studio/drafts/draft-store';
import { composeStoryPanel } from '../../src/studio/kit/kit-draw';
import { DEFAULT_LOOK } from '../../src/studio/kit/looks';
import { go } from './render-app';
import { settled, startStory } from './studio-start';

// jsdom has no object URLs; the preview only needs a string to put in <img src>.
URL.createObjectURL ??= () => 'blob:stand-in';
URL.revokeObjectURL ??= () => undefined;

const put = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = put;
});

const DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c0392b"/></svg>';
const choose = (text: string, name: string) =>
  fireEvent.change(screen.getByLabelText('Pilih gambar'), { target: { files: [new File([text], name, { type: 'image/svg+xml' })] } });
const artField = () => screen.getByLabelText<HTMLSelectElement>('Berkas gambar');

describe("a panel's own picture", () => {
  it('on a full device is not kept, says so, and changes nothing; chosen again once there is room, it is kept', async () => {
    const draftId = await startStory('Gambar Penuh');
    await settled();
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'art') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    choose(DRAWING, 'perahu.svg');
    const alert = (await screen.findByText(/^Penyimpanan perangkat ini penuh: gambar belum disimpan\. Cerita dan gambar lain tetap ada\./)).closest(
      '[role="alert"]',
    );
    expect(alert).not.toBeNull();
    expect(artField().value).toBe('panel.svg');
    expect((await getDraft(draftId))?.story.scenes[0]?.pages[0]?.panels[0]?.art).toBe('panel.svg');

    IDBObjectStore.prototype.put = put;
    choose(DRAWING, 'perahu.svg');
    await screen.findByText(/^Gambar disimpan di draf: 1 KB dari 80 KB untuk satu panel\.$/);
    expect(artField().value).toBe('awal-1-1.svg');
    await settled();
    expect((await getDraft(draftId))?.story.scenes[0]?.pages[0]?.panels[0]?.art).toBe('awal-1-1.svg');
    // (jsdom's Blob does not survive fake-indexeddb's cloning as a Blob: the browser test reads a stored picture back.)
    expect([...(await draftArt(draftId)).keys()]).toEqual(['awal-1-1.svg']);
  });

  it('in SVG with a script is refused, saying what the checker found, and the panel keeps its picture', async () => {
    await startStory('Gambar Jahat');
    choose('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'jahat.svg');
    const alert = (await screen.findByText(/^Gambar SVG “jahat\.svg” ditolak/)).closest<HTMLElement>('[role="alert"]')!;
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Line 1, column 41: <script> is not allowed: it runs code.');
    expect(artField().value).toBe('panel.svg');
  });
});

describe('a panel composed from the kit', () => {
  it("has its faces known to the live check: a tail drawn into the speaker's face is named, in the author's words", async () => {
    const id = await startStory('Wajah di gambar');
    const draft = (await getDraft(id))!;
    const story = structuredClone(draft.story);
    story.characters = story.characters.map((character) => ({ ...character, look: DEFAULT_LOOK }));
    const rina = story.characters[0]!.id;
    const panel = story.scenes[0]!.pages[0]!.panels[0]!;
    panel.compose = { width: 600, height: 400, background: 'harbour', characters: [{ id: rina, pose: 'wave', expression: 'neutral', x: 0.5 }] };
    const mouth = composeStoryPanel(panel.compose, story.characters)!.speakers[0]!.mouth;
    panel.balloons = [{ id: 'halo', kind: 'speech', speaker: rina, text: 'Halo.', box: { x: 0.05, y: 0.05, w: 0.4, h: 0.2 }, tail: mouth }];
    expect(await saveDraft({ ...draft, story })).toMatchObject({ kind: 'saved' });
    await go('#/studio');
    await go(`#/studio/${id}`);
    expect(await screen.findByText(/Ekor balon “halo” menabrak wajah di gambar/, {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
