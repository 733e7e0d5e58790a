/** The story map as an author meets it by keyboard: connect a choice with the picker, open a box, delete after asking. */
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDraft } from '../../src/studio/drafts/draft-store';
import { settled, startStory } from './studio-start';

/** A story of two scenes, "Awal" ending in one choice that leads to "Di warung", opened on the map. */
async function twoScenesOnTheMap() {
  const draftId = await startStory('Peta');
  fireEvent.change(screen.getByLabelText('Judul adegan baru'), { target: { value: 'Di warung' } });
  fireEvent.click(screen.getByRole('button', { name: 'Tambah adegan' }));
  fireEvent.click(await screen.findByRole('button', { name: /^Awal/ }));
  fireEvent.change(screen.getByLabelText('Lalu'), { target: { value: 'choices' } });
  fireEvent.change(screen.getByLabelText('Teks pilihan'), { target: { value: 'Tanya dulu' } });
  fireEvent.click(screen.getByRole('button', { name: 'Peta cerita' }));
  const map = await screen.findByRole('region', { name: 'Peta cerita' });
  return { draftId, map, box: (name: RegExp) => within(map).findByRole('button', { name }) };
}

const choiceTarget = async (draftId: string) => {
  await settled();
  const end = (await getDraft(draftId))!.story.scenes[0]!.then;
  return end.kind === 'choices' ? end.choices[0]!.target : null;
};

describe('the story map', () => {
  it('shows a box per scene and ending, marks the start, follows the focus into the side panel, F2 renames the box there, Enter opens the outline', async () => {
    const { box } = await twoScenesOnTheMap();
    expect(await box(/^Adegan: Awal, 1 halaman, Awal cerita$/)).toBeInTheDocument();
    expect(await box(/^Akhir baik: /)).toBeInTheDocument();
    const warung = await box(/^Adegan: Di warung/);
    fireEvent.focus(warung);
    const side = screen.getByRole('region', { name: 'Adegan: Di warung' });
    expect(within(side).getByLabelText('Judul adegan')).toHaveValue('Di warung');
    fireEvent.keyDown(warung, { key: 'F2' });
    expect(within(side).getByLabelText('Judul adegan')).toHaveFocus();
    fireEvent.change(within(side).getByLabelText('Judul adegan'), { target: { value: 'Di warung kopi' } });
    expect(await box(/^Adegan: Di warung kopi/)).toBe(warung);
    fireEvent.keyDown(warung, { key: 'Enter' });
    expect(await screen.findByRole('heading', { name: 'Adegan: Di warung kopi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kerangka' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('connects a choice with the "connect to" picker, and gives it a condition on a flag declared there', async () => {
    const { draftId, box } = await twoScenesOnTheMap();
    fireEvent.change(screen.getByLabelText('Judul adegan baru'), { target: { value: 'Di kantor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah adegan' }));
    fireEvent.focus(await box(/^Adegan: Awal/));
    const side = screen.getByRole('region', { name: 'Adegan: Awal' });
    fireEvent.change(within(side).getByLabelText('Hubungkan ke'), { target: { value: 'scene:di-kantor' } });
    expect(await choiceTarget(draftId)).toBe('di-kantor');

    fireEvent.change(within(side).getByLabelText(/^Penanda baru/), { target: { value: 'Sudah tanya' } });
    fireEvent.click(within(side).getByRole('button', { name: 'Buat penanda' }));
    fireEvent.click(within(side).getByRole('button', { name: 'Tambah syarat (Pilihan 1)' }));
    expect(within(side).getByLabelText('Syarat 1')).toHaveDisplayValue('penanda sudah dipasang');
    expect(within(side).getByLabelText('Penanda')).toHaveDisplayValue('sudah-tanya');
    await settled();
    const end = (await getDraft(draftId))!.story.scenes[0]!.then;
    expect(end.kind === 'choices' && end.choices[0]!.condition).toEqual({ kind: 'flag', flag: 'sudah-tanya' });
    // The outline's choice shows the same condition (one component in both places).
    fireEvent.click(screen.getByRole('button', { name: 'Kerangka' }));
    expect(await screen.findByLabelText('Syarat 1')).toHaveDisplayValue('penanda sudah dipasang');
  });

  it('deletes a scene only after asking, saying the links into it become problems the check shows', async () => {
    const { draftId, box } = await twoScenesOnTheMap();
    fireEvent.focus(await box(/^Adegan: Di warung/));
    const side = screen.getByRole('region', { name: 'Adegan: Di warung' });
    fireEvent.click(within(side).getByRole('button', { name: 'Hapus adegan' }));
    const question = within(side).getByRole('group', { name: /Hapus adegan “Di warung”/ });
    expect(question).toHaveTextContent('1 jalan menuju ke sini akan menjadi masalah di Pemeriksaan');
    fireEvent.click(within(question).getByRole('button', { name: 'Batal' }));
    expect(await box(/^Adegan: Di warung/)).toBeInTheDocument();

    fireEvent.click(within(side).getByRole('button', { name: 'Hapus adegan' }));
    fireEvent.click(within(side).getByRole('button', { name: 'Ya, hapus' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Adegan: Di warung/ })).toBeNull());
    expect(await box(/^Adegan: Awal, 1 halaman, Awal cerita, Tidak sampai ke akhir cerita, Menuju adegan yang sudah tidak ada$/)).toBeInTheDocument();
    const check = screen.getByRole('region', { name: 'Pemeriksaan' });
    expect(await within(check).findByText(/harus diperbaiki/)).toBeInTheDocument();
    expect(await choiceTarget(draftId)).toBe('di-warung');
  });
});
