/**
 * "Buat tokoh" as an author meets it: every part of a character chosen from small pictures with the keyboard alone
 * (Tab to a picture, Enter or Space), a skin tone from the kit's swatches, and the character saved in the story as a
 * look with exactly those parts.
 */
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SKIN } from '../../src/art/kit/palette';
import { getDraft } from '../../src/studio/drafts/draft-store';
import { settled, startStory } from './studio-start';

URL.createObjectURL ??= () => 'blob:stand-in';
URL.revokeObjectURL ??= () => undefined;

// The composer is a lazy chunk: its first import is transformed here, many seconds on a loaded machine.
describe('the character builder', { timeout: 60_000 }, () => {
  it('builds a character from pictures, by keyboard, and saves the look in the story', async () => {
    const user = userEvent.setup();
    const draftId = await startStory('Tokoh Baru');
    await user.click(screen.getByRole('button', { name: 'Susun gambar dari kit' }));
    const kit = await screen.findByRole('region', { name: 'Susun gambar panel' }, { timeout: 15_000 });
    await user.click(within(kit).getByText('Buat tokoh (rupa dan pakaian)'));
    fireEvent.change(within(kit).getByLabelText('Nama'), { target: { value: 'Pak Usman' } });

    /** Chooses the picture named `name` in the group `group` with the keyboard: focus it, then Enter. */
    const choose = async (group: string, name: string, key = '{Enter}') => {
      const thumb = within(within(kit).getByRole('group', { name: group })).getByRole('button', { name });
      thumb.focus();
      await user.keyboard(key);
      expect(thumb).toHaveAttribute('aria-pressed', 'true');
    };
    await choose('Perempuan atau laki-laki', 'Laki-laki');
    await choose('Bentuk badan', 'Besar', ' ');
    await choose('Jilbab', 'Tanpa jilbab');
    await choose('Rambut', 'Keriting');
    await choose('Baju', 'Jaket bertudung');
    await choose('Lengan', 'Lengan pendek');
    await choose('Motif baju', 'Kotak-kotak');
    await choose('Bawahan', 'Jin');
    await choose('Alas kaki', 'Sepatu bot');
    await choose('Tutup kepala', 'Peci');
    await choose('Tambahan (pilih sesukanya)', 'Kacamata');
    await choose('Tambahan (pilih sesukanya)', 'Kumis');
    const deep = within(kit).getByRole('button', { name: 'Warna kulit: gelap' });
    deep.focus();
    await user.keyboard('{Enter}');
    fireEvent.change(within(kit).getByLabelText('Warna baju'), { target: { value: '#204060' } });

    await user.click(within(kit).getByRole('button', { name: 'Simpan tokoh' }));
    expect(within(kit).getByRole('status')).toHaveTextContent('Tokoh disimpan di cerita ini.');
    await settled();
    const saved = (await getDraft(draftId))!.story.characters.find((character) => character.name === 'Pak Usman');
    expect(saved?.look).toMatchObject({
      sex: 'm',
      build: 'heavy',
      skin: SKIN.deep,
      hair: { style: 'curly' },
      top: { kind: 'hoodie', sleeves: 'short', pattern: 'check', color: '#204060' },
      bottom: { kind: 'jeans' },
      shoes: { kind: 'boots' },
    });
    expect(saved?.look?.hijab).toBeUndefined();
    expect([...(saved?.look?.extras ?? [])].sort()).toEqual(['glasses', 'moustache', 'peci']);
    // The new character can now be placed in the picture.
    expect(within(within(kit).getByLabelText('Tambah tokoh')).getByRole('option', { name: 'Pak Usman' })).toBeInTheDocument();
  });
});
