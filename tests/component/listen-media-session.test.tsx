/**
 * The phone's media controls while listen mode reads (the lock screen, the notification, a headset's buttons): they
 * name the story and the scene with its cover, their play, pause, stop, next and previous drive listen mode, and they
 * are gone when listen mode stops or the reader closes it. jsdom has no Media Session: a stand-in keeps what is set.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DEFAULT_LISTEN, useListenSettings } from '../../src/store/listen';
import { installFakeVoice, removeFakeVoice, type FakeVoice } from './fake-voice';
import { renderApp } from './render-app';

type Handler = (() => void) | null;
interface FakeSession {
  metadata: { title: string; artist: string; album: string; artwork: { src: string }[] } | null;
  playbackState: string;
  handlers: Map<string, Handler>;
  setActionHandler: (action: string, handler: Handler) => void;
}

let voice: FakeVoice;
let session: FakeSession;
beforeEach(() => {
  localStorage.clear();
  useListenSettings.setState(DEFAULT_LISTEN);
  voice = installFakeVoice();
  session = {
    metadata: null,
    playbackState: 'none',
    handlers: new Map(),
    setActionHandler(action, handler) {
      // Chromium throws for an action it does not know; the others must still be set.
      if (action === 'stop' && handler && unknownStop) throw new TypeError(`unknown action ${action}`);
      if (handler) this.handlers.set(action, handler);
      else this.handlers.delete(action);
    },
  };
  unknownStop = false;
  vi.stubGlobal(
    'MediaMetadata',
    class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    },
  );
  Object.defineProperty(navigator, 'mediaSession', { value: session, configurable: true });
});
afterEach(() => {
  removeFakeVoice();
  Reflect.deleteProperty(navigator, 'mediaSession');
});
let unknownStop = false;

const press = (action: string) => act(() => session.handlers.get(action)!());

async function listen() {
  await renderApp('#/read/sample');
  await screen.findByRole('img', { name: /Sore hari di warung kopi desa/ });
  fireEvent.click(screen.getByRole('button', { name: 'Dengarkan' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Pakai suara ponsel saja' }, { timeout: 5000 }));
  await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.']));
}

it("names the story and the scene with the cover, and the phone's buttons play, pause, turn and stop", async () => {
  await listen();
  expect(session.metadata).toMatchObject({ title: 'Contoh: Tawaran di Warung: Tawaran di warung', artist: 'Komik Saku', album: 'Contoh: Tawaran di Warung' });
  expect(session.metadata!.artwork[0]!.src).toBe(new URL('/panels/sample/cover.svg', window.location.href).href);
  expect(session.playbackState).toBe('playing');
  expect([...session.handlers.keys()].sort()).toEqual(['nexttrack', 'pause', 'play', 'previoustrack', 'stop']);

  await press('pause');
  expect(session.playbackState).toBe('paused');
  expect(screen.getByText(/^Dijeda/)).toHaveClass('listen-status');
  // Pressing pause again (a headset sends it twice) keeps it paused, not playing.
  await press('pause');
  expect(session.playbackState).toBe('paused');
  await press('play');
  expect(session.playbackState).toBe('playing');
  await waitFor(() => expect(voice.said.at(-1)).toBe('Desa di Jawa Timur, sore hari.'));

  await press('nexttrack');
  await screen.findByRole('img', { name: /Pak Darto menyorongkan amplop/ });
  await waitFor(() => expect(voice.said.at(-1)).toBe('Sret!'));
  await press('previoustrack');
  await screen.findByRole('img', { name: /Sore hari di warung kopi desa/ });
  await waitFor(() => expect(voice.said.at(-1)).toBe('Desa di Jawa Timur, sore hari.'));

  await press('stop');
  expect(session.metadata).toBeNull();
  expect(session.playbackState).toBe('none');
  expect(session.handlers.size).toBe(0);
  expect(screen.getByRole('button', { name: /Putar/ })).toBeEnabled();
});

it('takes the controls away when the reader closes listen mode, and sets the others where one action is unknown', async () => {
  unknownStop = true;
  await listen();
  expect([...session.handlers.keys()].sort()).toEqual(['nexttrack', 'pause', 'play', 'previoustrack']);
  fireEvent.click(screen.getByRole('button', { name: 'Berhenti mendengarkan' }));
  expect(session.metadata).toBeNull();
  expect(session.playbackState).toBe('none');
  expect(session.handlers.size).toBe(0);
});
