/** The Studio's preview as an author meets it: what is typed is read on the phone beside it, choices as the reader shows them. */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDraft, saveDraft } from '../../src/studio/drafts/draft-store';
import { renderApp } from './render-app';
import { settled, startStory } from './studio-start';

const phone = () => within(screen.getByRole('group', { name: 'Cerita di layar ponsel' }));

describe('the live preview', () => {
  it('reads a balloon as it is typed, and plays a choice to the scene it leads to', async () => {
    await startStory('Pratinjau');
    await screen.findByRole('group', { name: 'Cerita di layar ponsel' });
    // A new story's panel has no picture yet: the preview reads its description in its place.
    expect(await phone().findByRole('img', { name: 'Jelaskan apa yang terlihat di panel ini.' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tambah balon' }));
    fireEvent.change(screen.getByLabelText('Teks'), { target: { value: 'Aku mau kerja di kapal.' } });
    expect(await phone().findByText('Aku mau kerja di kapal.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Judul adegan baru'), { target: { value: 'Di warung' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah adegan' }));
    // The new scene is not reached yet: the check says so (and has run on the story with it), beside the four starter
    // words (the summary, two panels' descriptions, the ending).
    await screen.findByText('0 harus diperbaiki, 5 perlu dilihat');
    fireEvent.click(screen.getByRole('button', { name: /^Awal/ }));
    fireEvent.change(screen.getByLabelText('Lalu'), { target: { value: 'choices' } });
    fireEvent.change(screen.getByLabelText('Teks pilihan'), { target: { value: 'Tanya dulu ke Disnaker' } });
    await screen.findByText('0 harus diperbaiki, 4 perlu dilihat');

    fireEvent.click(phone().getByRole('button', { name: 'Lanjut' }));
    const card = phone().getByRole('button', { name: /Tanya dulu ke Disnaker/ });
    // The author's focus stays where they type (the reader moves it to the question).
    expect(phone().getByRole('heading', { name: 'Apa yang sebaiknya dilakukan?' })).not.toHaveFocus();
    fireEvent.click(card);
    expect(phone().getByRole('button', { name: 'Kembali' })).toBeEnabled();
    expect(phone().queryByRole('button', { name: /Tanya dulu ke Disnaker/ })).toBeNull();
  });

  it('shows why a draft cannot be played instead of playing it', async () => {
    const draftId = await startStory('Rusak');
    await settled();
    cleanup();
    // A draft kept before the check could stop it (a next scene that is no more).
    const stored = (await getDraft(draftId))!;
    const [scene] = stored.story.scenes;
    await saveDraft({ ...stored, story: { ...stored.story, scenes: [{ ...scene!, then: { kind: 'next', scene: 'tidak-ada' } }] } });
    await renderApp(`#/studio/${draftId}`, { fresh: false });
    const preview = await screen.findByRole('region', { name: 'Pratinjau' });
    expect(await within(preview).findByText(/Pratinjau menunggu sampai cerita bisa dimainkan/)).toBeInTheDocument();
    expect(within(preview).getByRole('button', { name: /Adegan “Awal”.*tidak-ada/ })).toBeInTheDocument();
    expect(within(preview).queryByRole('group', { name: 'Cerita di layar ponsel' })).toBeNull();
  });
});
