import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { next, start } from '../../src/engine';
import { useLessons } from '../../src/store/lessons';
import { useProgress } from '../../src/store/progress';
import { useSettings } from '../../src/store/settings';
import { loadBundledStory } from '../../src/content/load-story';
import { renderApp } from './render-app';

describe('library', () => {
  it('lists the stories for readers, with title, length, languages and "not started"; the authors\' sample is not one', async () => {
    await renderApp('#/');
    const card = (await screen.findByRole('heading', { name: 'Jalan Sari' })).closest('article')!;
    expect(within(card).getByText(/^46 panel · Bahasa: Indonesia · English · Jawa$/)).toBeInTheDocument();
    expect(within(card).getByText('Belum dibaca')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Mulai baca' })).toHaveAttribute('href', '#/read/jalan-sari');
    expect(screen.queryByRole('heading', { name: 'Contoh: Tawaran di Warung' })).toBeNull();
  });

  it('keeps Present and Print for facilitators, behind "Untuk fasilitator", and remembers the choice', async () => {
    await renderApp('#/');
    await screen.findByRole('heading', { name: 'Jalan Sari' });
    expect(screen.queryByRole('link', { name: 'Tampilkan untuk kelompok' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Untuk fasilitator', pressed: false }));
    const card = screen.getByRole('heading', { name: 'Jalan Sari' }).closest('article')!;
    expect(within(card).getByRole('link', { name: 'Tampilkan untuk kelompok' })).toHaveAttribute('href', '#/present/jalan-sari');
    expect(within(card).getByRole('link', { name: 'Cetak' })).toHaveAttribute('href', '#/print/jalan-sari');
    expect(useSettings.getState().facilitator).toBe(true);
  });

  it('shows progress and "continue" for a story being read, and endings reached', async () => {
    const loaded = await loadBundledStory('jalan-sari');
    if (!loaded.ok) throw new Error('jalan-sari does not load');
    const story = loaded.value.story;
    await renderApp('#/');
    act(() => {
      useProgress.setState({ saves: { 'jalan-sari': next(story, next(story, start(story))) }, endings: {} });
    });
    const card = (await screen.findByRole('heading', { name: 'Jalan Sari' })).closest('article')!;
    // The place is read by the engine, which the library fetches only for a story with a saved place (issue 21).
    expect(await within(card).findByText(/Sedang dibaca: \d+%/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Lanjutkan' })).toBeInTheDocument();
    act(() => useProgress.getState().reachEnding('jalan-sari', story.endings[0]!.id));
    expect(within(card).getByText(`1 dari ${story.endings.length} akhir cerita sudah dicapai`)).toBeInTheDocument();
  });
});

describe('lessons', () => {
  it('shows every lesson in the catalog, learned ones with the day they were learned', async () => {
    await renderApp('#/lessons');
    act(() => {
      useLessons.getState().complete(['keep-passport'], 'sample', new Date('2026-11-20T10:00:00Z'));
    });
    expect(await screen.findByText('1 dari 11 pelajaran sudah kamu pelajari')).toBeInTheDocument();
    const card = screen.getByRole('heading', { name: 'Paspor di tanganmu' }).closest('article')!;
    expect(card).toHaveClass('lesson-learned');
    expect(within(card).getByText(/Dipelajari 20 November 2026/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lewat jalur resmi' }).closest('article')).toHaveClass('lesson-not-yet');
    // The message reads whole, its phone number in it (kept on one line by its own element).
    const messages = [...document.querySelectorAll('.lesson-message')].map((message) => message.textContent);
    expect(messages).toContainEqual(expect.stringMatching(/^Simpan nomor pengaduan KP2MI 0800-1000 dan, dari luar negeri, \+62 21 29244800\.$/));
  });

  it('shows a lesson with the step that taught it, not a moment later, once the reader has been open a moment', async () => {
    await renderApp('#/read/sample');
    await screen.findByRole('button', { name: /Lanjut/ });
    // The reader stays idle for a moment (the catalog of lessons is read then, not when the first lesson comes).
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    act(() => {
      useLessons.getState().complete(['get-help'], 'sample');
    });
    // In the same render as the step: a strip arriving later would push the panel down under the next tap.
    expect(screen.getByText('Pelajaran baru!')).toBeInTheDocument();
  });

  it('celebrates lessons while reading, learned together in one toast that a tap puts away, and never after the story', async () => {
    await renderApp('#/read/sample');
    const next = await screen.findByRole('button', { name: /Lanjut/ });
    next.focus();
    act(() => {
      useLessons.getState().complete(['get-help'], 'sample');
    });
    expect(await screen.findByText('Pelajaran baru!')).toBeInTheDocument();
    expect(screen.getByText('Tempat minta tolong', { selector: '.celebration-names' })).toBeInTheDocument();
    // More lessons while it shows join the same toast: one toast, never a queue.
    act(() => {
      useLessons.getState().complete(['safe-money', 'family-role'], 'sample');
    });
    expect(await screen.findByText('Tempat minta tolong · Uang yang aman · Peran keluarga', { selector: '.celebration-names' })).toBeInTheDocument();
    expect(screen.getByText('3 pelajaran baru!')).toBeInTheDocument();
    expect(document.querySelectorAll('.celebration')).toHaveLength(1);
    // It speaks through a status region and leaves the focus where it was.
    expect(document.querySelector('.celebration')!.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(next);
    fireEvent.click(screen.getByText('3 pelajaran baru!'));
    expect(document.querySelector('.celebration')).toBeNull();
    // Learned, then the reader leaves the story: nothing follows them to the library.
    act(() => {
      useLessons.getState().complete(['keep-passport'], 'sample');
    });
    await screen.findByText('Pelajaran baru!');
    act(() => {
      window.location.hash = '#/';
    });
    await screen.findByRole('heading', { name: 'Jalan Sari' });
    expect(document.querySelector('.celebration')).toBeNull();
  });
});

describe('settings', () => {
  it('switches the interface language at once', async () => {
    await renderApp('#/settings');
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(useSettings.getState().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sets text size, motion and high contrast', async () => {
    await renderApp('#/settings');
    fireEvent.click(screen.getByRole('radio', { name: 'Sangat besar' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Kurangi gerakan' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kontras tinggi' }));
    await waitFor(() => expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.5'));
    expect(document.documentElement).toHaveClass('high-contrast');
    expect(useSettings.getState().motion).toBe('reduce');
  });

  it('resets progress only after a confirmation', async () => {
    await renderApp('#/settings');
    act(() => useLessons.getState().complete(['get-help'], 'sample'));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus semua kemajuan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Jangan' }));
    expect(Object.keys(useLessons.getState().completed)).toEqual(['get-help']);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus semua kemajuan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, hapus' }));
    expect(useLessons.getState().completed).toEqual({});
    expect(screen.getByText('Kemajuan sudah dihapus.')).toBeInTheDocument();
  });

  it('moves progress by code: make a code, reset, paste it back', async () => {
    await renderApp('#/settings');
    act(() => {
      useLessons.getState().complete(['get-help', 'safe-money'], 'sample');
      useProgress.getState().reachEnding('sample', 'good-official');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Buat kode' }));
    const box = screen.getByRole('textbox', { name: 'Kode kemajuan' }) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toMatch(/^KS1-[A-Za-z0-9_-]+$/));
    const code = box.value;
    act(() => {
      useLessons.getState().reset();
      useProgress.getState().reset();
    });
    fireEvent.change(box, { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: 'Pakai kode' }));
    expect(await screen.findByText('Berhasil: 0 tempat baca, 1 akhir cerita dan 2 pelajaran baru ditambahkan.')).toBeInTheDocument();
    expect(Object.keys(useLessons.getState().completed).sort()).toEqual(['get-help', 'safe-money']);
    expect(useProgress.getState().endings.sample).toEqual(['good-official']);
  });

  it('refuses a code that is not progress, changing nothing', async () => {
    await renderApp('#/settings');
    act(() => useLessons.getState().complete(['get-help'], 'sample'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Kode kemajuan' }), { target: { value: 'KS1-notacode' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pakai kode' }));
    expect(await screen.findByText(/bukan kemajuan Komik Saku/)).toBeInTheDocument();
    expect(Object.keys(useLessons.getState().completed)).toEqual(['get-help']);
  });
});

describe('navigation', () => {
  it('has a tab bar to the three screens, marking the current one', async () => {
    await renderApp('#/lessons');
    const nav = screen.getByRole('navigation', { name: 'Menu utama' });
    expect(within(nav).getByRole('link', { name: 'Pelajaran' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Cerita' })).toHaveAttribute('href', '#/');
  });
});

describe('help', () => {
  it('lists the helplines from the fact sheet as tap-to-call numbers, with the month they were checked', async () => {
    await renderApp('#/help');
    expect(await screen.findByRole('heading', { name: 'Tempat minta tolong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0800-1000' })).toHaveAttribute('href', 'tel:08001000');
    expect(screen.getByRole('link', { name: '+62 21 29244800' })).toHaveAttribute('href', 'tel:+622129244800');
    expect(screen.getByRole('link', { name: '110' })).toHaveAttribute('href', 'tel:110');
    expect(screen.getByText(/Safe Travel/, { selector: 'h2' })).toBeInTheDocument();
    // Indonesia has no embassy in Taiwan: its office there is named, without a number (none has a source).
    expect(screen.getByText(/di Taiwan: KDEI/, { selector: 'h2' })).toBeInTheDocument();
    expect(screen.getByText(/Di Taiwan tidak ada KBRI: kantor Indonesia di sana adalah KDEI di Taipei/)).toBeInTheDocument();
    expect(screen.getByText(/IOM, LPSK, Komnas HAM, SBMI/)).toBeInTheDocument();
    expect(screen.getByText(/dicek November 2026/)).toBeInTheDocument();
    // Only numbers with a source: the single-source complaints WhatsApp number is left out.
    expect(screen.queryByText(/0811/)).toBeNull();
  });
});

describe('an address the app cannot read', () => {
  it.each(['#/read/%', '#/print/%zz', '#/present/%E0%A4%A', '#/nowhere', '#/read'])(
    '%s shows "not found" with the way back, not a blank page',
    async (hash) => {
      await renderApp(hash);
      expect(await screen.findByRole('heading', { name: 'Halaman ini tidak ada' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Kembali ke daftar cerita' })).toHaveAttribute('href', '#/');
      expect(screen.getByRole('navigation', { name: 'Menu utama' })).toBeInTheDocument();
    },
  );
});
