/** Bad input gets a clear message and loses nothing: broken story files, corrupt or foreign saved data. */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Bundled from '../../src/content/bundled';
import { SET_ASIDE_PREFIX } from '../../src/store/safe-storage';
import { useLessons } from '../../src/store/lessons';
import { useProgress } from '../../src/store/progress';
import { useSettings } from '../../src/store/settings';
import { renderApp } from './render-app';

vi.mock('../../src/content/bundled', async (importOriginal) => {
  const original = await importOriginal<typeof Bundled>();
  const broken = JSON.stringify({
    schemaVersion: 1,
    id: 'broken',
    language: 'id',
    title: 'Rusak',
    summary: 'x',
    cover: 'c.svg',
    characters: [],
    start: 'a',
    scenes: [{ id: 'a', pages: [], then: { kind: 'next', scene: 'nowhere' } }],
    endings: [],
  });
  return {
    ...original,
    storyFile: (id: string) =>
      id === 'broken'
        ? { file: 'stories/broken/story.json', load: async () => broken }
        : id === 'not-json'
          ? { file: 'stories/not-json/story.json', load: async () => '{ "id": ' }
          : id === 'bidi'
            ? { file: 'stories/bidi/story.json', load: async () => broken.replace('"id":"broken"', '"id":"bidi","evil\u202egpj.exe":1') }
            : original.storyFile(id),
  };
});

async function reloadStores() {
  await act(async () => {
    await useProgress.persist.rehydrate();
    await useLessons.persist.rehydrate();
    await useSettings.persist.rehydrate();
  });
}

const setAsideKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(SET_ASIDE_PREFIX));

describe('a broken story file', () => {
  it('names the file, the JSON paths and the problems, with a way back', async () => {
    await renderApp('#/read/broken');
    expect(await screen.findByRole('heading', { name: 'Cerita ini tidak bisa dibuka' })).toBeInTheDocument();
    expect(screen.getByText('Ada masalah di berkas stories/broken/story.json:')).toBeInTheDocument();
    expect(screen.getByText('$.scenes[0].pages')).toBeInTheDocument();
    expect(screen.getByText('$.endings')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar cerita' })).toHaveAttribute('href', '#/');
  });

  it('shows characters from the file that reorder text as <U+202E>, never raw', async () => {
    await renderApp('#/read/bidi');
    expect(await screen.findByText(/Unknown field "evil<U\+202E>gpj\.exe"/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202e');
  });

  it('explains a file that is not JSON', async () => {
    await renderApp('#/read/not-json');
    expect(await screen.findByText(/The file is not valid JSON/)).toBeInTheDocument();
  });
});

describe('saved data that cannot be used', () => {
  it('sets corrupt progress aside with a notice and starts clean, keeping the original text', async () => {
    localStorage.setItem('komik-saku/progress', '{"state": {"saves": tru');
    await reloadStores();
    expect(useProgress.getState().saves).toEqual({});
    const kept = setAsideKeys();
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"state": {"saves": tru');
    await renderApp('#/', { fresh: false });
    expect(screen.getByText(/Data tersimpan tidak bisa dibaca, jadi disisihkan/)).toBeInTheDocument();
  });

  it('sets aside data written by a newer version rather than misread it', async () => {
    localStorage.setItem('komik-saku/lessons', JSON.stringify({ state: { completed: { x: { at: 'now', storyId: 's' } } }, version: 99 }));
    await reloadStores();
    expect(useLessons.getState().completed).toEqual({});
    expect(setAsideKeys()[0]).toContain('komik-saku/lessons');
  });

  it('keeps the good parts of damaged lessons and settings, and sets a copy of the whole aside with a notice', async () => {
    const lessons = JSON.stringify({ state: { completed: { 'get-help': { at: '2026-11-01T00:00:00.000Z', storyId: 'sample' }, junk: 5 } }, version: 1 });
    const settings = JSON.stringify({ state: { language: 'en', textSize: 9, motion: 'wild' }, version: 1 });
    localStorage.setItem('komik-saku/lessons', lessons);
    localStorage.setItem('komik-saku/settings', settings);
    await reloadStores();
    expect(useLessons.getState().completed).toEqual({ 'get-help': { at: '2026-11-01T00:00:00.000Z', storyId: 'sample' } });
    expect(useSettings.getState()).toMatchObject({ language: 'en', textSize: 0, motion: 'system' });
    // Nothing dropped without a word: each original is kept whole under a set-aside key.
    expect(
      setAsideKeys()
        .map((key) => localStorage.getItem(key))
        .sort(),
    ).toEqual([lessons, settings].sort());
    // The settings kept say English.
    await renderApp('#/', { fresh: false, language: 'en' });
    expect(screen.getByText(/Part of the saved data could not be read\. The good parts are kept; a full copy was set aside/)).toBeInTheDocument();
  });

  it('restores a saved position from an edited story at the nearest valid place, with a notice', async () => {
    useSettings.setState({ language: 'id' });
    useProgress.setState({
      saves: {
        sample: {
          version: 1,
          storyId: 'sample',
          path: [{ scene: 'warung' }, { scene: 'removed-scene', choice: 'gone' }],
          at: { kind: 'panel', panel: 'x' },
          flags: [],
          visited: [],
          lessons: [],
        },
      },
      endings: {},
    });
    await renderApp('#/read/sample', { fresh: false });
    expect(await screen.findByText('Apa yang sebaiknya Sari lakukan?', { selector: 'h2' })).toBeInTheDocument();
    // The notice may come a render after the choice (the place is mended, then announced).
    expect(await screen.findByText(/Kamu dipindahkan ke bagian terdekat/)).toBeInTheDocument();
  });
});

describe('a stored place that is not a reading state', () => {
  it.each([
    ['a path that is a string', 'warung'],
    ['a path that holds null', [null]],
  ])('the Print screen still opens with %s (the place is set aside, with a notice)', async (_what, path) => {
    const save = { version: 1, storyId: 'sample', path, at: { kind: 'panel', panel: 'warung-1' }, flags: [], visited: [], lessons: [] };
    localStorage.setItem('komik-saku/progress', JSON.stringify({ state: { saves: { sample: save }, endings: {} }, version: 1 }));
    await reloadStores();
    // The reader's own path is what this address prints.
    window.history.replaceState(null, '', '/?selection=path:reader');
    await renderApp('#/print/sample', { fresh: false });
    expect(await screen.findByRole('heading', { name: /^Cetak: / })).toBeInTheDocument();
    expect(screen.queryByText('Maaf, ada yang salah')).toBeNull();
    expect(screen.getByText(/Sebagian data tersimpan tidak bisa dibaca/)).toBeInTheDocument();
    window.history.replaceState(null, '', '/');
  });
});

describe('a full phone', () => {
  it('shows one notice, with what to do and a button to save the progress as a file, however many writes fail', async () => {
    await renderApp('#/read/sample');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const lanjut = await screen.findByRole('button', { name: /Lanjut/ });
    for (let step = 0; step < 7; step++) {
      await act(async () => {
        lanjut.click();
      });
    }
    vi.restoreAllMocks();
    const notices = screen.getAllByText(/Memori HP penuh/);
    expect(notices).toHaveLength(1);
    const notice = notices[0]!.closest('.notice') as HTMLElement;
    expect(within(notice).getByText(/Kosongkan sedikit ruang/)).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Simpan kemajuan' })).toBeInTheDocument();
  });
});
