/** Facilitator mode in jsdom: the projected screen and the presenter window render and step; bad input never blanks them. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../src/present/session-store';
import { SET_ASIDE_PREFIX } from '../../src/store/safe-storage';
import { openShow, renderApp } from './render-app';

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));

// Each test is a new laptop: no session in memory either (the store outlives a test's localStorage).
beforeEach(() => {
  sessionStore('sample').setState({ session: null });
  localStorage.clear();
});

describe('the projected screen', () => {
  it('shows the first panel, steps with the clicker keys, and votes by a mark and a confirm, never by one letter', async () => {
    await openShow('#/present/sample');
    expect(await screen.findByRole('img', { name: /Sore hari di warung/ })).toBeInTheDocument();
    await press('PageDown');
    expect(await screen.findByRole('img', { name: /amplop tebal/ })).toBeInTheDocument();
    await press('PageDown');
    await press('PageDown');
    expect(await screen.findByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' })).toBeInTheDocument();
    await press('a');
    expect(screen.getByRole('button', { name: /Pilihan A/, pressed: true })).toBeInTheDocument();
    await press('Enter');
    expect(await screen.findByRole('alertdialog', { name: 'Pilih A?' })).toBeInTheDocument();
    // The confirm card ignores a key at once (a clicker's double send); a deliberate one after it chooses.
    await press('Enter');
    expect(screen.getByRole('alertdialog', { name: 'Pilih A?' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 550)));
    await press('Enter');
    expect(await screen.findByRole('img', { name: /Bu Rina/ })).toBeInTheDocument();
    expect(localStorage.getItem('komik-saku/progress') ?? '').not.toContain('disnaker');
  });

  it('sets an unreadable saved session aside with a notice and starts afresh', async () => {
    localStorage.setItem('komik-saku/present/sample', '{ not json');
    await act(async () => {
      await sessionStore('sample').persist.rehydrate();
    });
    await renderApp('#/present/sample', { fresh: false });
    expect(await screen.findByRole('img', { name: /Sore hari di warung/ })).toBeInTheDocument();
    expect(screen.getByText(/Data tersimpan tidak bisa dibaca/)).toBeInTheDocument();
    expect(Object.keys(localStorage).some((key) => key.startsWith(`${SET_ASIDE_PREFIX}komik-saku/present/sample`))).toBe(true);
  });

  it('names the problem for a story that does not exist', async () => {
    await renderApp('#/present/nope');
    expect(await screen.findByRole('heading', { name: 'Cerita ini tidak bisa dibuka' })).toBeInTheDocument();
  });
});

describe('the presenter window', () => {
  it('shows the scene’s questions to tick, the timer and the controls', async () => {
    await renderApp('#/present/sample/presenter');
    const notes = (await screen.findByRole('heading', { name: 'Catatan dan pertanyaan diskusi' })).closest('section')!;
    const question = within(notes).getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ });
    fireEvent.click(question);
    expect(question).toBeChecked();
    expect(screen.getByRole('button', { name: 'Ulang waktu' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Lanjut/ }));
    expect(await screen.findByText('Tawaran di warung · 2 / 3')).toBeInTheDocument();
  });
});
