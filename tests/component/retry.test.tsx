/**
 * A file that could not be fetched (offline before it was stored, or gone after an update) is not remembered as
 * broken for the session: the lessons and a story can be tried again.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Bundled from '../../src/content/bundled';
import { useLessons } from '../../src/store/lessons';
import { renderApp } from './render-app';

const failing = vi.hoisted(() => ({ catalog: 0, story: 0 }));
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

vi.mock('../../src/content/bundled', async (importOriginal) => {
  const original = await importOriginal<typeof Bundled>();
  return {
    ...original,
    loadCatalogText: () => (failing.catalog-- > 0 ? offline() : original.loadCatalogText()),
    storyFile: (storyId: string) => {
      const file = original.storyFile(storyId);
      return file && { ...file, load: () => (failing.story-- > 0 ? offline() : file.load()) };
    },
  };
});
// As on a page that has just been reloaded for missing files: the failure is passed on, not reloaded again.
vi.mock('../../src/content/missing-files', () => ({ loadOrReload: <T,>(load: () => Promise<T>) => load(), reloadForMissingFiles: () => false }));
describe('a file that could not be fetched', () => {
  it('the lessons say so and load when tried again (they stayed on "loading" for the session)', async () => {
    failing.catalog = 1;
    await renderApp('#/lessons');
    expect(await screen.findByText(/stories\/lessons\/lessons\.json \$: The file could not be read/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: 'Pelajaranku' })).toBeInTheDocument();
  });

  it('a story says it is not saved and needs the internet, and opens when tried again', async () => {
    failing.story = 1;
    await renderApp('#/read/jalan-sari');
    expect(await screen.findByRole('heading', { name: 'Cerita ini belum tersimpan di HP' })).toBeInTheDocument();
    expect(screen.getByText(/sambungkan HP ke internet lalu coba lagi/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('button', { name: /Lanjut/ })).toBeInTheDocument();
  });

  it('the lessons, gone while reading, leave the reader reading: the lesson strip gives way, the lesson is recorded', async () => {
    failing.catalog = Number.POSITIVE_INFINITY;
    await renderApp('#/read/sample');
    const next = await screen.findByRole('button', { name: /Lanjut/ });
    // The strip asks for the catalog once the reader is idle; that fetch fails here.
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    for (let step = 0; step < 3; step++) {
      await act(async () => {
        next.click();
      });
    }
    fireEvent.click(await screen.findByRole('button', { name: /Tanya dulu ke Disnaker/ }));
    expect(await screen.findByRole('img', { name: /Bu Rina/ })).toBeInTheDocument();
    expect(Object.keys(useLessons.getState().completed)).toContain('official-channels');
    expect(screen.queryByRole('alert')).toBeNull();
    failing.catalog = 0;
  });
});
