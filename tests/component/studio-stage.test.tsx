/** The panel stage as an author meets it with the keyboard: a balloon put on the picture, moved, resized, its tail aimed, its text typed on it and made to fit. */
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { go, renderApp } from './render-app';
import { startStory } from './studio-start';

const stage = () => within(screen.getByRole('group', { name: 'Balon di gambar' }));
const where = () => stage().getByRole('status').textContent;
const press = (element: HTMLElement, key: string, options: { shiftKey?: boolean; altKey?: boolean } = {}) => fireEvent.keyDown(element, { key, ...options });

describe('the panel stage', () => {
  it('moves a balloon with the arrows (Shift for bigger steps), resizes it with Alt, aims its tail, within the panel; each kind of change one undo step', async () => {
    await startStory('Panggung');
    fireEvent.click(await screen.findByRole('button', { name: 'Taruh balon di gambar' }));
    const balloon = await stage().findByRole('button', { name: 'Balon 1: belum ada teks' });
    await expect.poll(() => document.activeElement).toBe(balloon);
    expect(where()).toBe('Balon 1: 5% dari kiri, 5% dari atas, lebar 60%, tinggi 28%. Ekornya menunjuk ke 35% dari kiri, 48% dari atas.');

    press(balloon, 'ArrowRight');
    press(balloon, 'ArrowDown', { shiftKey: true });
    expect(where()).toMatch(/^Balon 1: 6% dari kiri, 15% dari atas, lebar 60%, tinggi 28%\./);
    // Stopped at the panel's edge: never past it.
    for (let step = 0; step < 5; step += 1) press(balloon, 'ArrowRight', { shiftKey: true });
    expect(where()).toMatch(/^Balon 1: 40% dari kiri/);

    press(balloon, 'ArrowLeft', { altKey: true });
    press(balloon, 'ArrowDown', { altKey: true });
    expect(where()).toMatch(/^Balon 1: 40% dari kiri, 15% dari atas, lebar 59%, tinggi 29%\./);

    const corner = stage().getByRole('button', { name: 'Ubah ukuran Balon 1: sudut kiri atas' });
    press(corner, 'ArrowUp', { shiftKey: true });
    expect(where()).toMatch(/^Balon 1: 40% dari kiri, 5% dari atas, lebar 59%, tinggi 39%\./);

    const tail = stage().getByRole('button', { name: 'Ujung ekor Balon 1' });
    press(tail, 'ArrowLeft', { shiftKey: true });
    expect(where()).toMatch(/Ekornya menunjuk ke 25% dari kiri, 48% dari atas\.$/);

    // Undo takes back the tail, then the corner, then the resize by keys: one step each.
    const undo = screen.getByRole('button', { name: 'Urungkan' });
    fireEvent.click(undo);
    expect(where()).toMatch(/Ekornya menunjuk ke 35% dari kiri/);
    fireEvent.click(undo);
    expect(where()).toMatch(/^Balon 1: 40% dari kiri, 15% dari atas, lebar 59%, tinggi 29%\./);
    fireEvent.click(undo);
    expect(where()).toMatch(/^Balon 1: 40% dari kiri, 15% dari atas, lebar 60%, tinggi 28%\./);
  });

  it('types the text on the picture (the list shows it too), says at which text sizes it overflows, and makes it fit', async () => {
    await startStory('Muat');
    fireEvent.click(await screen.findByRole('button', { name: 'Taruh balon di gambar' }));
    const balloon = await stage().findByRole('button', { name: 'Balon 1: belum ada teks' });
    press(balloon, 'Enter');
    const typing = stage().getByRole('textbox', { name: 'Teks Balon 1 di gambar' });
    expect(typing).toHaveFocus();
    const words = 'Kata orang itu gajinya besar dan berangkatnya cepat, tanpa biaya, tanpa pelatihan, tanpa paspor, semua diurus sponsor dari desa sebelah.';
    fireEvent.change(typing, { target: { value: words } });
    expect(screen.getByLabelText('Teks')).toHaveValue(words);
    press(typing, 'Escape');
    // Outlined as too long on the picture, and said so.
    const overflowing = await stage().findByRole('button', { name: `Balon 1: ${words} (teks terlalu panjang untuk kotaknya)` });
    expect(overflowing).toHaveClass('stage-overflow');

    const table = stage().getByRole('table', { name: /Apakah teksnya muat/ });
    const row = within(table).getByRole('row', { name: /Bahasa Indonesia/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/^terlalu panjang: perlu \d+ baris, muat \d+$/),
      expect.stringMatching(/^terlalu panjang/),
      expect.stringMatching(/^terlalu panjang/),
    ]);
    expect(stage().getByText(/^Kotak terkecil yang muat dengan huruf biasa di semua bahasa: lebar \d+%, tinggi \d+%\.$/)).toBeInTheDocument();
    fireEvent.click(stage().getByRole('button', { name: 'Buat pas' }));
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('muat');
    expect(stage().getByText('Sudah muat dengan huruf biasa di semua bahasa.')).toBeInTheDocument();
    expect(stage().queryByRole('button', { name: 'Buat pas' })).toBeNull();
    expect(stage().getByRole('button', { name: `Balon 1: ${words}` })).not.toHaveClass('stage-overflow');
    // The picture at the largest text size the reader offers, whatever size the author reads the app at.
    const room = document.querySelector<HTMLElement>('.stage-room')!;
    expect(room.style.getPropertyValue('--text-scale')).toBe('1');
    fireEvent.change(stage().getByLabelText('Ukuran huruf di gambar'), { target: { value: '2' } });
    expect(room.style.getPropertyValue('--text-scale')).toBe('1.5');
  });
});

describe('the preview started with chosen flags and lessons', () => {
  it('opens a choice whose condition the chosen flag meets, closes one a chosen lesson rules out, and keeps the start after an edit', async () => {
    await renderApp('#/studio');
    fireEvent.change(await screen.findByLabelText('Cerita'), { target: { value: 'sample' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat draf darinya' }));
    await screen.findByRole('heading', { level: 1, name: 'Contoh: Tawaran di Warung' });
    await act(async () => go(window.location.hash));
    fireEvent.click(screen.getByRole('button', { name: /^Hari keberangkatan/ }));
    const phone = () => within(screen.getByRole('group', { name: 'Cerita di layar ponsel' }));
    await screen.findByRole('group', { name: 'Cerita di layar ponsel' });
    fireEvent.click(phone().getByRole('button', { name: 'Lanjut' }));
    const official = () => phone().getByRole('button', { name: /Berangkat dengan kontrak dari perusahaan resmi/ });
    expect(official()).toBeDisabled();
    expect(phone().getByRole('button', { name: /Berangkat bersama Pak Darto/ })).toBeEnabled();

    // The form opens (and the lessons catalog loads) when asked for.
    fireEvent.click(screen.getByText(/^Mulai pratinjau dengan/));
    fireEvent.click(screen.getByLabelText(/has-contract/));
    fireEvent.click(await screen.findByLabelText('Cek izin perusahaan'));
    // A new start plays again from the selected place.
    fireEvent.click(phone().getByRole('button', { name: 'Lanjut' }));
    expect(official()).toBeEnabled();
    expect(phone().queryByRole('button', { name: /Berangkat bersama Pak Darto/ })).toBeNull();

    // An edit replays the preview with the same start.
    fireEvent.change(screen.getAllByLabelText('Teks pilihan')[0]!, { target: { value: 'Berangkat dengan kontrak resmi' } });
    expect(await phone().findByRole('button', { name: /Berangkat dengan kontrak resmi/ })).toBeEnabled();
  });
});
