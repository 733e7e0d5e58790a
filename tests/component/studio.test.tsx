/** The Studio as an author meets it: found from the library's facilitator mode, a story started, edited, checked, kept. */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDraft, listDrafts, saveDraft } from '../../src/studio/drafts/draft-store';
import { useSettings } from '../../src/store/settings';
import { go, renderApp } from './render-app';
import { settled, startStory } from './studio-start';

describe('finding the Studio', () => {
  it('is offered in the library only once "Untuk fasilitator" is on', async () => {
    await renderApp('#/');
    await screen.findByRole('heading', { name: 'Jalan Sari' });
    expect(screen.queryByRole('link', { name: 'Tulis cerita di Studio' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Untuk fasilitator', pressed: false }));
    expect(screen.getByRole('link', { name: 'Tulis cerita di Studio' })).toHaveAttribute('href', '#/studio');
    expect(useSettings.getState().facilitator).toBe(true);
  });
});

describe('writing a story', () => {
  it('starts a story with its starter words named, a problem placed in words jumps to its balloon, and the typed text survives a reload', async () => {
    const draftId = await startStory('Di Pelabuhan');
    const check = screen.getByRole('region', { name: 'Pemeriksaan' });
    // Nothing to fix, but the words the story starts with are named for the author to write.
    await within(check).findByText('0 harus diperbaiki, 3 perlu dilihat');
    expect(
      within(check).getByRole('button', { name: /^Lihat: Adegan “Awal”, halaman 1, panel 1 \(penjelasan\): ?Penjelasan ini masih teks contoh/ }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tambah balon' }));
    const problem = await within(check).findByRole('button', { name: /Adegan “Awal”, halaman 1, panel 1, balon 1 \(teks\)/ });
    // In the author's words, not the checker's English for story:check.
    expect(problem).toHaveTextContent(/\(teks\): Masih kosong: tulis sesuatu di sini\.$/);
    fireEvent.click(problem);
    const text = screen.getByLabelText('Teks');
    await waitFor(() => expect(text).toHaveFocus());
    fireEvent.change(text, { target: { value: 'Aku mau kerja di kapal.' } });
    await within(check).findByText('0 harus diperbaiki, 3 perlu dilihat');
    await settled();

    // A reload: the page is gone and opened again at the same address.
    cleanup();
    await renderApp(`#/studio/${draftId}`, { fresh: false });
    expect(await screen.findByLabelText('Teks')).toHaveValue('Aku mau kerja di kapal.');
    expect(screen.getByLabelText('Siapa yang bicara')).toHaveDisplayValue('Rina');
  });

  it('undoes a whole typed text in one step, and redoes it', async () => {
    await startStory('Undo');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah balon' }));
    const text = await screen.findByLabelText('Teks');
    for (const value of ['H', 'Ha', 'Halo']) fireEvent.change(text, { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(screen.getByLabelText('Teks')).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi' }));
    expect(screen.getByLabelText('Teks')).toHaveValue('Halo');
  });

  it('adds a scene and leads a choice to it', async () => {
    await startStory('Dua adegan');
    fireEvent.change(screen.getByLabelText('Judul adegan baru'), { target: { value: 'Di warung' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah adegan' }));
    expect(await screen.findByRole('heading', { name: 'Adegan: Di warung' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Awal/ }));
    fireEvent.change(screen.getByLabelText('Lalu'), { target: { value: 'choices' } });
    expect(screen.getByLabelText('Menuju adegan')).toHaveDisplayValue('Di warung');
    fireEvent.change(screen.getByLabelText('Teks pilihan'), { target: { value: 'Tanya dulu ke Disnaker' } });
    // Nothing to fix (the new scene's panel has the starter description too).
    await screen.findByText('0 harus diperbaiki, 4 perlu dilihat');

    // Deleting it from the outline says what the map says: the choice into it will show in the check.
    fireEvent.click(screen.getByRole('button', { name: /^Di warung/ }));
    const scene = await screen.findByRole('region', { name: 'Adegan: Di warung' });
    fireEvent.click(within(scene).getByRole('button', { name: 'Hapus adegan' }));
    expect(within(scene).getByRole('group', { name: /Hapus adegan “Di warung”/ })).toHaveTextContent(
      '1 jalan menuju ke sini akan menjadi masalah di Pemeriksaan',
    );
  });
});

describe('never overwriting another tab', () => {
  it('a draft stored by another tab since: this tab stops, says so, and keeps its change as a copy', async () => {
    const draftId = await startStory('Dua tab');
    await settled();
    // The other tab stores its version.
    const stored = (await getDraft(draftId))!;
    await act(async () => {
      await saveDraft({ ...stored, story: { ...stored.story, title: 'Versi tab lain' } });
    });
    fireEvent.change(screen.getByLabelText('Judul adegan'), { target: { value: 'Judul dari tab ini' } });
    expect(await screen.findByText(/Tab lain menyimpan draf ini/)).toBeInTheDocument();
    expect(screen.getByLabelText('Judul adegan')).toBeDisabled();
    expect((await getDraft(draftId))!.story.title).toBe('Versi tab lain');

    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahanku sebagai salinan' }));
    await waitFor(() => expect(window.location.hash).not.toBe(`#/studio/${draftId}`));
    const copy = await getDraft(window.location.hash.replace('#/studio/', ''));
    expect(copy?.story.scenes[0]?.title).toBe('Judul dari tab ini');
  });
});

describe('a second tab on the same draft', () => {
  it('answers a newcomer that it is editing, and goes read-only when the other tab takes over', async () => {
    const draftId = await startStory('Tab kedua');
    const other = new BroadcastChannel('komik-saku/studio-drafts');
    const heard: unknown[] = [];
    other.onmessage = (event: MessageEvent) => heard.push(event.data);
    other.postMessage({ kind: 'open', draftId, tab: 'other' });
    await waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ kind: 'here', draftId })));
    expect(screen.getByLabelText('Judul adegan')).toBeEnabled();

    other.postMessage({ kind: 'take', draftId, tab: 'other' });
    expect(await screen.findByText(/Draf ini terbuka di tab lain/)).toBeInTheDocument();
    expect(screen.getByLabelText('Judul adegan')).toBeDisabled();
    await waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ kind: 'released', draftId })));
    other.close();
  });
});

describe('the drafts list', () => {
  it('renames, duplicates, and deletes only after asking', async () => {
    await startStory('Daftar');
    await settled();
    await act(async () => go('#/studio'));
    const row = await screen.findByRole('article', { name: 'Daftar' });
    fireEvent.click(within(row).getByRole('button', { name: 'Ganti nama' }));
    fireEvent.change(screen.getByLabelText('Nama draf'), { target: { value: 'Daftar baru' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan nama' }));
    const renamed = await screen.findByRole('article', { name: 'Daftar baru' });
    fireEvent.click(within(renamed).getByRole('button', { name: 'Gandakan' }));
    await screen.findByRole('article', { name: 'Salinan Daftar baru' });

    fireEvent.click(within(renamed).getByRole('button', { name: 'Hapus' }));
    fireEvent.click(within(renamed).getByRole('button', { name: 'Batal' }));
    expect(screen.getByRole('article', { name: 'Daftar baru' })).toBeInTheDocument();
    fireEvent.click(within(renamed).getByRole('button', { name: 'Hapus' }));
    fireEvent.click(within(renamed).getByRole('button', { name: 'Ya, hapus' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Daftar baru' })).toBeNull());
    expect((await listDrafts()).map((draft) => draft.name)).toContain('Salinan Daftar baru');
  });
});
