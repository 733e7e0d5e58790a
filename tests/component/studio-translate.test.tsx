/** The translation view as a translator meets it: strings beside their translation, missing and stale marked, progress, typing. */
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startStory } from './studio-start';

const view = () => within(screen.getByRole('region', { name: 'Terjemahan' }));
const phone = () => within(screen.getByRole('group', { name: 'Cerita di layar ponsel' }));

describe('the translation view', () => {
  it('adds a language, marks every string missing, counts what is typed, marks a string stale when its source changes, and undoes', async () => {
    await startStory('Di Pelabuhan');
    fireEvent.click(screen.getByRole('button', { name: 'Kerangka' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah balon' }));
    fireEvent.change(screen.getByLabelText('Teks'), { target: { value: 'Aku mau kerja di kapal.' } });

    fireEvent.click(screen.getByRole('button', { name: 'Terjemahan' }));
    expect(view().getByText('Cerita ini belum punya terjemahan. Tambahkan satu bahasa untuk mulai menerjemahkan.')).toBeInTheDocument();
    expect(view().getByLabelText('Bahasa baru')).toHaveDisplayValue('English');
    fireEvent.click(view().getByRole('button', { name: 'Tambah bahasa' }));

    // Every string of the new story, grouped: the title and characters, the scene, the ending.
    expect(
      view()
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Judul dan tokoh', 'Adegan: Awal', 'Akhir cerita']);
    expect(view().getByText('0 dari 8 teks sudah diterjemahkan · 8 belum diterjemahkan')).toBeInTheDocument();
    const balloon = view().getByRole('textbox', { name: 'Balon · Rina Aku mau kerja di kapal.' });
    expect(balloon).toHaveAccessibleDescription('Belum diterjemahkan: pembaca melihat teks asli.');

    fireEvent.change(balloon, { target: { value: 'I want to work on a ship.' } });
    expect(view().getByText('1 dari 8 teks sudah diterjemahkan · 7 belum diterjemahkan')).toBeInTheDocument();
    expect(balloon).not.toHaveAccessibleDescription();
    // The preview reads the draft in the translation being worked on.
    await screen.findByRole('group', { name: 'Cerita di layar ponsel' });
    expect(await phone().findByText('I want to work on a ship.')).toBeInTheDocument();

    // "To do" hides what is done, yet the field being typed in stays.
    fireEvent.click(view().getByRole('radio', { name: 'Yang perlu dikerjakan' }));
    expect(view().queryByRole('textbox', { name: 'Balon · Rina Aku mau kerja di kapal.' })).toBeNull();
    const title = view().getByRole('textbox', { name: 'Judul cerita Di Pelabuhan' });
    fireEvent.change(title, { target: { value: 'At the Harbour' } });
    expect(view().getByRole('textbox', { name: 'Judul cerita Di Pelabuhan' })).toHaveValue('At the Harbour');

    // The author changes the balloon's source text: its translation is stale until typed again or checked.
    fireEvent.click(screen.getByRole('button', { name: 'Kerangka' }));
    fireEvent.change(screen.getByLabelText('Teks'), { target: { value: 'Aku mau kerja di kapal besar.' } });
    // The live check says so; its "see" opens the translation view on that string.
    fireEvent.click(await screen.findByRole('button', { name: /^Lihat: Terjemahan \(en\).*balon 1/ }));
    const stale = view().getByRole('textbox', { name: 'Balon · Rina Aku mau kerja di kapal besar.' });
    await waitFor(() => expect(stale).toHaveFocus());
    fireEvent.click(view().getByRole('radio', { name: 'Perlu dicek lagi' }));
    expect(stale).toHaveValue('I want to work on a ship.');
    expect(stale).toHaveAccessibleDescription('Teks asli sudah berubah sejak diterjemahkan: periksa terjemahannya.');
    expect(view().getByText('1 dari 8 teks sudah diterjemahkan · 1 perlu dicek lagi · 6 belum diterjemahkan')).toBeInTheDocument();
    fireEvent.change(stale, { target: { value: 'I want to work on a big ship.' } });
    expect(view().getByText('2 dari 8 teks sudah diterjemahkan · 6 belum diterjemahkan')).toBeInTheDocument();

    // A translator's file that is not one is refused in plain words, and nothing changes.
    fireEvent.click(view().getByText('Berkas untuk penerjemah'));
    const broken = new File(['<xliff version="1.2"><file original="di-pelabuhan"'], 'terjemahan.xlf', { type: 'application/xml' });
    fireEvent.change(view().getByLabelText('Masukkan berkas dari penerjemah (.xlf)'), { target: { files: [broken] } });
    const refusal = await view().findByRole('alert');
    expect(refusal).toHaveTextContent('Berkas terjemahan.xlf tidak dipakai, tidak ada yang berubah.');
    expect(refusal).toHaveTextContent('Ini bukan berkas XLIFF yang bisa dibaca (rusak, atau jenis berkas lain).');
    expect(view().getByText('2 dari 8 teks sudah diterjemahkan · 6 belum diterjemahkan')).toBeInTheDocument();

    fireEvent.change(view().getByLabelText('Status terjemahan'), { target: { value: 'reviewed' } });
    expect(view().getByLabelText('Status terjemahan')).toHaveDisplayValue('Sudah diperiksa penutur asli');
    // One history over the whole draft: undo takes back the status, then the typing.
    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(view().getByLabelText('Status terjemahan')).toHaveDisplayValue('Draf: belum diperiksa penutur asli');
    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(view().getByRole('textbox', { name: 'Balon · Rina Aku mau kerja di kapal besar.' })).toHaveValue('I want to work on a ship.');
  });
});
