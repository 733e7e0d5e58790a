/**
 * A story on this phone no known publisher vouches for is marked when it is projected and printed, as in the reader:
 * the note with the official helplines one tap away, and its unofficial phone number flagged where it shows. The app's
 * own story is not marked.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { localStoryId, markLocalStories } from '../../src/content/local/local-id';
import { putLocalStory } from '../../src/content/local/local-store';
import { openShow, renderApp } from './render-app';

const TRAFFICKER = '0812-3456-7890';
const storyId = localStoryId('sample');
const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));

// The sample as an unsigned pack someone changed: the recruiter's first words now give "his" number.
beforeAll(async () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'stories', 'sample', 'story.json'), 'utf8');
  const storyText = text.replace('Sari! Mau kerja di Hong Kong?', `Sari! Mau kerja di Hong Kong? Telepon saya di ${TRAFFICKER} ya.`);
  expect(storyText).toContain(TRAFFICKER);
  await putLocalStory({ id: storyId, packId: 'sample', fileName: 'sample.komik', bytes: 1, storedAt: 0, storyText, translations: [], art: [] });
  markLocalStories(true);
});

async function expectMarked() {
  expect(await screen.findByText('Cerita ini bukan dari penerbit yang dikenal.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Lihat nomor bantuan resmi' })).toHaveAttribute('href', '#/help');
}

function flaggedNumbers(): string[] {
  return [...document.querySelectorAll('[data-unofficial-number]')].map((mark) => mark.textContent ?? '');
}

describe('a story no known publisher vouches for', () => {
  it('is marked on the projected screen, its unofficial number flagged in the balloon', async () => {
    await openShow(`#/present/${storyId}`);
    await expectMarked();
    for (let step = 0; step < 4 && flaggedNumbers().length === 0; step++) await press('PageDown');
    await waitFor(() => expect(flaggedNumbers()).toEqual([`${TRAFFICKER}nomor tidak resmi`]));
  });

  it("is marked in the presenter's window", async () => {
    await renderApp(`#/present/${storyId}/presenter`);
    await expectMarked();
    expect(await screen.findByRole('heading', { name: 'Catatan dan pertanyaan diskusi' })).toBeInTheDocument();
  });

  it('is marked on the print screen, and its number is flagged on the pages, the official helpline not', async () => {
    await renderApp(`#/print/${storyId}`);
    await expectMarked();
    await waitFor(() => expect(flaggedNumbers()).not.toHaveLength(0));
    expect(new Set(flaggedNumbers())).toEqual(new Set([`${TRAFFICKER}nomor tidak resmi`]));
    // The story's official helpline, on its last pages, is printed plain.
    expect(screen.getAllByText('0800-1000', { exact: false })).not.toHaveLength(0);
  });
});

describe("the app's own story", () => {
  it('is not marked when projected or printed', async () => {
    await renderApp('#/present/sample');
    expect(await screen.findByRole('img', { name: /Sore hari di warung/ })).toBeInTheDocument();
    expect(screen.queryByText('Cerita ini bukan dari penerbit yang dikenal.')).toBeNull();
  });
});
