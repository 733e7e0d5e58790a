/** The narration in the room: L plays the story on the projector's audio, lights the balloon said, and stops. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sessionStore } from '../../src/present/session-store';
import { DEFAULT_LISTEN, useListenSettings } from '../../src/store/listen';
import { installFakeVoice, removeFakeVoice, type FakeVoice } from './fake-voice';
import { openShow } from './render-app';

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
let voice: FakeVoice;

beforeEach(() => {
  sessionStore('sample').setState({ session: null });
  localStorage.clear();
  useListenSettings.setState(DEFAULT_LISTEN);
  voice = installFakeVoice();
});
afterEach(removeFakeVoice);

it('plays the narration on L, reads on as the facilitator turns, and stops on L', async () => {
  await openShow('#/present/sample');
  await screen.findByRole('img', { name: /Sore hari di warung/ });
  const button = screen.getByRole('button', { name: 'Bacakan' });
  expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(voice.said).toEqual([]);

  await press('l');
  await screen.findByRole('button', { name: 'Bacakan', pressed: true }, { timeout: 5000 });
  await waitFor(() => expect(voice.said.length).toBeGreaterThan(0), { timeout: 5000 });
  const first = voice.said.at(-1)!;
  // The balloon being said is lit on the stage, and its words are the ones said.
  const lit = () => document.querySelector('.present-stage [data-listen="reading"]');
  expect(lit()?.textContent).toContain(first);

  // Said: the next balloon follows, lit in its turn; the room never turns the page by itself.
  await act(async () => voice.finish());
  await waitFor(() => expect(voice.said.at(-1)).not.toBe(first), { timeout: 5000 });
  expect(lit()?.textContent).toContain(voice.said.at(-1));
  expect(screen.getByRole('img', { name: /Sore hari di warung/ })).toBeInTheDocument();

  await press('L');
  expect(screen.getByRole('button', { name: 'Bacakan', pressed: false })).toBeInTheDocument();
  expect(voice.cancel).toHaveBeenCalled();
  expect(document.querySelector('.present-stage [data-listen]')).toBeNull();
  const said = voice.said.length;
  await act(async () => voice.finish());
  expect(voice.said).toHaveLength(said);
});

it('lists L on the key card', async () => {
  await openShow('#/present/sample');
  await screen.findByRole('img', { name: /Sore hari di warung/ });
  await press('?');
  expect(await screen.findByText('Bacakan cerita dengan suara / hentikan')).toBeInTheDocument();
});

it('pauses on the line the computer refuses to speak, asks for a click on the wall, and says that line again after it', async () => {
  await openShow('#/present/sample');
  await screen.findByRole('img', { name: /Sore hari di warung/ });
  await press('l');
  await waitFor(() => expect(voice.said.length).toBeGreaterThan(0), { timeout: 5000 });
  const first = voice.said.at(-1)!;

  // Refused mid-reading ("not-allowed"): the reading stays on this line, and the wall asks for the gesture it needs.
  await act(async () => voice.fail('not-allowed'));
  const wallButton = 'Klik di sini, atau tekan tombol apa saja, untuk menyalakan suara cerita';
  const turnOn = await screen.findByRole('button', { name: wallButton });
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(voice.said).toEqual([first]);

  // A click on the wall is that gesture: the same words again, and the notice goes.
  await act(async () => void fireEvent.pointerDown(turnOn));
  await waitFor(() => expect(voice.said).toEqual([first, first]), { timeout: 5000 });
  expect(screen.queryByRole('button', { name: wallButton })).toBeNull();
});
