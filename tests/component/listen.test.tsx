/** Listen mode as a reader meets it: the Sound switch silences it, and a story recorded in another language says so. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_LISTEN, useListenSettings } from '../../src/store/listen';
import { installFakeVoice, removeFakeVoice, type FakeVoice } from './fake-voice';
import { renderApp } from './render-app';

let voice: FakeVoice;
beforeEach(() => {
  localStorage.clear();
  useListenSettings.setState(DEFAULT_LISTEN);
  voice = installFakeVoice();
});
afterEach(removeFakeVoice);

it('with Sound off reads nothing, keeps Play off and says why; Sound on lets Play read', async () => {
  useListenSettings.setState({ sound: false });
  await renderApp('#/read/sample');
  await screen.findByRole('img', { name: /Sore hari di warung kopi desa/ });
  fireEvent.click(screen.getByRole('button', { name: 'Dengarkan' }));
  // The sample's recordings are not on this phone: the reader is offered them, and takes the phone's voice.
  fireEvent.click(await screen.findByRole('button', { name: 'Pakai suara ponsel saja' }, { timeout: 5000 }));
  const play = screen.getByRole('button', { name: /Putar/ });
  expect(play).toBeDisabled();
  expect(screen.getByText('Suara mati: tidak ada yang dibacakan. Nyalakan Suara untuk mendengarkan.')).toHaveAttribute('role', 'status');
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(voice.said).toEqual([]);

  fireEvent.click(screen.getByRole('checkbox', { name: 'Suara' }));
  expect(play).toBeEnabled();
  fireEvent.click(play);
  await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.']), { timeout: 5000 });
  expect(screen.queryByText(/Suara mati/)).toBeNull();
});

it('pauses where the phone refuses to speak, says so, and Play says the same words again; a line it cannot say moves on', async () => {
  await renderApp('#/read/sample');
  await screen.findByRole('img', { name: /Sore hari di warung kopi desa/ });
  fireEvent.click(screen.getByRole('button', { name: 'Dengarkan' }));
  // Choosing the phone's voice starts the reading.
  fireEvent.click(await screen.findByRole('button', { name: 'Pakai suara ponsel saja' }, { timeout: 5000 }));
  await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.']), { timeout: 5000 });

  // Refused ("not-allowed": no tap Chrome counts, speech switched off): every next line would be refused too, so the
  // reading stays on this one rather than racing through the story in silence.
  act(() => voice.fail('not-allowed'));
  await screen.findByText('Ponsel tidak mau bersuara sekarang, jadi bacaan berhenti di sini. Tekan Putar untuk mendengar lagi.');
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(voice.said).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: /Putar/ }));
  await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.', 'Desa di Jawa Timur, sore hari.']));
  expect(screen.queryByText(/tidak mau bersuara/)).toBeNull();

  // A line the voice cannot say (too long, say) is skipped: the next one is read.
  act(() => voice.fail('text-too-long'));
  await waitFor(() => expect(voice.said).toHaveLength(3));
  expect(voice.said[2]).not.toBe('Desa di Jawa Timur, sore hari.');
});

it('says when the story is recorded only in its own language, and offers no download in the reading language', async () => {
  await renderApp('#/read/sample', { language: 'en' });
  await screen.findByRole('img', { name: /village/i }, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: 'Listen' }));
  expect(
    await screen.findByText(/This story is recorded only in .+\. It is read now with the phone's voice in English\./, {}, { timeout: 5000 }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Download the recordings/ })).toBeNull();
});
