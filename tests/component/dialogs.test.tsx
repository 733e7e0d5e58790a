/**
 * Dialogs are the platform's modal <dialog> (the page behind is out of reach, Esc closes, the focus comes back to
 * where it was), and the notice region is in the page before its first notice so a screen reader announces it.
 * jsdom has no showModal(): dialog-stand-in.ts does what the browser does.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../src/present/session-store';
import { useNotices } from '../../src/store/notices';
import { isInert } from './dialog-stand-in';
import { renderApp } from './render-app';

const escape = () => act(() => void fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' }));

beforeEach(() => {
  sessionStore('sample').setState({ session: null });
});

describe('a dialog', () => {
  it('keeps the reader behind the story map out of reach, closes on Esc and gives the focus back to its opener', async () => {
    await renderApp('#/read/sample');
    const opener = await screen.findByRole('button', { name: /Peta cerita/ });
    opener.focus();
    fireEvent.click(opener);
    const map = await screen.findByRole('dialog', { name: 'Peta cerita' });
    expect(map).toHaveProperty('open', true);
    expect(map.contains(document.activeElement)).toBe(true);
    expect(isInert(screen.getByRole('button', { name: /Lanjut/ }))).toBe(true);
    expect(isInert(within(map).getByRole('button', { name: 'Tandai tempat ini' }))).toBe(false);
    await escape();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(isInert(opener)).toBe(false);
  });

  it.each([
    ['Ringkasan lokakarya', /Ringkasan lokakarya/],
    ['Tombol', 'Tombol'],
    ['Jelajahi halaman', 'Jelajahi halaman'],
  ])('opened from the presenter window (%s) is modal, closes on Esc and gives the focus back', async (button, name) => {
    await renderApp('#/present/sample/presenter');
    const opener = await screen.findByRole('button', { name: button });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(isInert(screen.getByRole('button', { name: /Lanjut/ }))).toBe(true);
    await escape();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    // The presenter's keys behind it saw nothing: the room is still on the first panel.
    expect(screen.getByText('Tawaran di warung · 1 / 3')).toBeInTheDocument();
  });
});

describe('the notice region', () => {
  it('is in the page, empty, before the first notice, and the notice appears inside it', async () => {
    await renderApp('#/');
    const region = document.querySelector('.notices');
    expect(region).not.toBeNull();
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toBeEmptyDOMElement();
    act(() => useNotices.getState().add('notice.corrupt'));
    expect(within(region as HTMLElement).getByText(/Data tersimpan tidak bisa dibaca/)).toBeInTheDocument();
    expect(document.querySelector('.notices')).toBe(region);
  });
});
