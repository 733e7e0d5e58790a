/** Story packs from the Studio as an author meets them: a draft saved as a pack opens again as a second draft; what cannot be a pack says why. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPack } from '../../src/packs';
import { listDrafts } from '../../src/studio/drafts/draft-store';
import { go, renderApp } from './render-app';
import { startStory } from './studio-start';

const ROOT = join(import.meta.dirname, '..', '..');
/** Files the page downloaded, as a browser hands them over. */
let downloads: Blob[] = [];

beforeEach(() => {
  downloads = [];
  // The app serves the bundled stories' art from public/ (as the built app does).
  vi.stubGlobal('fetch', async (url: string) => {
    try {
      return new Response(readFileSync(join(ROOT, 'public', url)), { headers: { 'content-type': 'image/svg+xml' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  URL.createObjectURL = (blob: Blob) => (downloads.push(blob), 'blob:pack');
  URL.revokeObjectURL = () => {};
  // (jsdom cannot follow a download link; the file is taken above.)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openPackFile(file: File) {
  await go('#/studio');
  fireEvent.change(await screen.findByLabelText('Berkas paket (.komik)'), { target: { files: [file] } });
}

describe('saving a draft as a pack and opening it', () => {
  it('saves a story adapted from the app as a pack the pack reader accepts, and opens it back as a second draft', async () => {
    await renderApp('#/studio');
    fireEvent.change(await screen.findByLabelText('Cerita'), { target: { value: 'sample' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat draf darinya' }));
    await screen.findByRole('heading', { level: 1, name: 'Contoh: Tawaran di Warung' });
    await go(window.location.hash);
    const first = window.location.hash;

    fireEvent.click(await screen.findByRole('button', { name: 'Simpan sebagai paket' }));
    expect(await screen.findByText('Tersimpan sebagai sample.komik (di unduhan).')).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    const bytes = new Uint8Array(await downloads[0]!.arrayBuffer());
    expect(readPack(bytes, { catalog: null, catalogFile: 'lessons.json', artExists: () => true, helplines: [] }).ok).toBe(true);

    await openPackFile(new File([bytes], 'sample.komik'));
    await waitFor(() => expect(window.location.hash).not.toBe(first));
    await screen.findByRole('heading', { level: 1, name: 'Contoh: Tawaran di Warung' });
    expect((await listDrafts()).filter((draft) => draft.storyTitle === 'Contoh: Tawaran di Warung')).toHaveLength(2);
  });

  it('says why a draft cannot be a pack yet (its panel has no picture), placed in the story, and downloads nothing', async () => {
    await startStory('Tanpa gambar');
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan sebagai paket' }));
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('Draf ini belum bisa disimpan sebagai paket');
    expect(within(refused).getByRole('button', { name: /Adegan “Awal”, halaman 1, panel 1 \(gambar\)/ })).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });

  it("refuses a file that is not a pack with the pack reader's words, and makes no draft", async () => {
    await renderApp('#/studio');
    const before = (await listDrafts()).length;
    await openPackFile(new File(['<html>not a pack</html>'], 'cerita.komik'));
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('“cerita.komik” tidak dibuka, dan tidak ada yang dibuat darinya');
    expect(refused).toHaveTextContent(/cerita\.komik: .*zip/i);
    expect(await listDrafts()).toHaveLength(before);
  });
});
