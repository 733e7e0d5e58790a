/**
 * A story's card saves it for offline reading as a reader on expensive data expects: its size first, progress while
 * saving, a dropped connection said plainly with what was saved kept (and only the rest fetched when continued),
 * "saved" once every file is in the cache, and removal that deletes its files and says how much space came free.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSettings } from '../../src/store/settings';
import { renderApp } from './render-app';

const files = ['assets/story-A.js', 'panels/jalan-sari/a.svg', 'panels/jalan-sari/b.svg'];
const list = { 'jalan-sari': { files: files.map((path) => ({ path, bytes: 20_000 })) } };
/** The build's two files about them: every story's files (offline-files.json), and their sizes alone. */
const built: Record<string, unknown> = { 'offline-files.json': list, 'offline-sizes.json': { bytes: 60_000, stories: { 'jalan-sari': 60_000 } } };

/** The network: b.svg waits until the test answers it; every file fetched is counted, and the build's files asked for. */
const network = { fetched: [] as string[], asked: [] as string[], answerB: null as ((ok: boolean) => void) | null };
const cache = new Map<string, unknown>();
const pathOf = (url: string) => new URL(url, window.location.href).pathname.slice(1);

beforeAll(() => {
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  const stub = {
    match: async (url: string) => cache.get(pathOf(url)),
    add: async (url: string) => {
      const path = pathOf(url);
      network.fetched.push(path);
      const ok = path.endsWith('b.svg') ? await new Promise<boolean>((resolve) => (network.answerB = resolve)) : true;
      if (!ok) throw new TypeError('Failed to fetch');
      cache.set(path, { ok });
    },
    delete: async (url: string) => cache.delete(pathOf(url)),
    keys: async () => [...cache.keys()].map((path) => ({ url: new URL(`/${path}`, window.location.href).href })),
  };
  Object.assign(window, { caches: { open: async () => stub } });
  Object.assign(window, {
    fetch: async (url: string) => {
      const path = pathOf(url);
      network.asked.push(path);
      return { ok: path in built, json: async () => built[path] };
    },
  });
});
afterAll(() => {
  Reflect.deleteProperty(window, 'caches');
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe("a story's card: save for offline", () => {
  it("shows each story's size from the sizes alone while nothing is saved: not every story's list of files (issue 21)", async () => {
    await renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Jalan Sari' }));
    expect(await card.findByRole('button', { name: /^Simpan di HP \(60\skB\)$/ })).toBeInTheDocument();
    // The offer of all stories says their size too.
    expect(await screen.findByRole('button', { name: /^Semua cerita sekarang \(60\skB\)$/ })).toBeInTheDocument();
    expect(network.asked).not.toContain('offline-files.json');
  });

  it('saves with progress, keeps what was saved when the connection drops, continues, and removes', async () => {
    await renderApp('#/');
    act(() => useSettings.getState().update({ download: 'reading' }));
    const card = within(await screen.findByRole('article', { name: 'Jalan Sari' }));
    fireEvent.click(await card.findByRole('button', { name: /^Simpan di HP \(60\skB\)$/ }));
    expect(await card.findByText('Menyimpan… 66% (40 kB dari 60 kB)')).toBeInTheDocument();
    expect(card.getByRole('progressbar')).toHaveAttribute('value', '40000');
    await act(async () => network.answerB!(false));
    expect(await card.findByText('Terputus (internet mati?): 40 kB dari 60 kB sudah tersimpan dan tetap ada.')).toBeInTheDocument();
    expect([...cache.keys()].sort()).toEqual(['assets/story-A.js', 'panels/jalan-sari/a.svg']);

    network.fetched = [];
    fireEvent.click(card.getByRole('button', { name: 'Lanjutkan menyimpan' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      network.answerB!(true);
    });
    expect(await card.findByText('Tersimpan di HP: bisa dibaca tanpa internet (60 kB)')).toBeInTheDocument();
    expect(network.fetched).toEqual(['panels/jalan-sari/b.svg']);
    // Saving needed the story's files: the list was fetched for it.
    expect(network.asked).toContain('offline-files.json');

    fireEvent.click(card.getByRole('button', { name: 'Hapus dari HP' }));
    expect(await card.findByText('Dihapus dari HP: 60 kB kosong lagi. Masih bisa dibaca dengan internet.')).toBeInTheDocument();
    expect(cache.size).toBe(0);
    expect(card.getByRole('button', { name: /^Simpan di HP \(60\skB\)$/ })).toBeInTheDocument();
  });
});
