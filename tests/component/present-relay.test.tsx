/**
 * The narration in a two-window show (issue 19): the presenter window's L reaches the room window's audio through the
 * shared session; the room says what its audio does; a room the browser keeps silent says so and waits for a gesture
 * on the wall; and the first words start once, even when L is pressed before the recordings are looked up.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, type PresentSession } from '../../src/present/session';
import { sessionStore } from '../../src/present/session-store';
import { bundledStory } from '../fixtures/bundled-story';
import { DEFAULT_LISTEN, useListenSettings } from '../../src/store/listen';
import { installFakeVoice, removeFakeVoice, type FakeVoice } from './fake-voice';
import { openShow } from './render-app';

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
const lit = () => document.querySelector('.present-stage [data-listen="reading"]');
const sample = bundledStory('sample');

/** What the room window tells the presenter window, heard as the presenter window hears it. */
function hearRoom() {
  const heard: { status: string; words: { key: string } | null }[] = [];
  const bus = new BroadcastChannel('komik-saku/present-narration/sample');
  bus.onmessage = (event: MessageEvent<{ kind: string; report: (typeof heard)[number] }>) => {
    if (event.data.kind === 'report') heard.push(event.data.report);
  };
  return { heard, close: () => bus.close(), last: () => heard.at(-1)?.status };
}

/** A session as the presenter window leaves it after its L: the narration on, the room not yet reading. */
function sessionWithNarration(): PresentSession {
  return { ...createSession(sample, Date.now(), 'presenter'), narration: true, seq: 1 };
}

beforeEach(() => {
  sessionStore('sample').setState({ session: null });
  localStorage.clear();
  useListenSettings.setState(DEFAULT_LISTEN);
});
afterEach(() => {
  removeFakeVoice();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the presenter window’s L', () => {
  it('turns the narration on in the shared session, and shows what the room says of its audio', async () => {
    installFakeVoice();
    await openShow('#/present/sample/presenter');
    const status = screen.getByRole('heading', { name: 'Suara cerita' }).closest('section')!;
    expect(status).toHaveTextContent('Mati. Tekan L');
    await press('l');
    expect(screen.getByRole('button', { name: 'Bacakan', pressed: true })).toBeInTheDocument();
    // The session the room window adopts (and a reload reads back) has it on.
    await waitFor(() => expect(sessionStore('sample').getState().session?.narration).toBe(true));
    // No room window has spoken: it says where the sound plays.
    expect(status).toHaveTextContent('Layar proyektor tidak terbuka');
    // The room tells: refused by the browser, then reading Pak Darto's balloon.
    const room = new BroadcastChannel('komik-saku/present-narration/sample');
    room.postMessage({ ns: 'komik-saku/present-narration', kind: 'report', report: { status: 'refused', words: null, downloadFailed: false } });
    await waitFor(() => expect(status).toHaveTextContent('Klik sekali di layar proyektor untuk menyalakan suara'));
    room.postMessage({
      ns: 'komik-saku/present-narration',
      kind: 'report',
      report: { status: 'reading', words: { key: 'panel.warung-1.balloon.darto', namespace: 'story' }, downloadFailed: false },
    });
    await waitFor(() => expect(status).toHaveTextContent('Sari! Mau kerja di Hong Kong?'));
    // Something else on the channel, or a report that is not one, changes nothing.
    room.postMessage({ ns: 'other', kind: 'report', report: { status: 'off', words: null } });
    room.postMessage({ ns: 'komik-saku/present-narration', kind: 'report', report: { status: '<b>' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(status).toHaveTextContent('Sedang dibacakan:');
    // The room window closes: the sound has nowhere to play.
    room.postMessage({ ns: 'komik-saku/present-narration', kind: 'report', report: { status: 'gone', words: null, downloadFailed: false } });
    await waitFor(() => expect(status).toHaveTextContent('Layar proyektor tidak terbuka'));
    room.close();
    await press('L');
    expect(screen.getByRole('button', { name: 'Bacakan', pressed: false })).toBeInTheDocument();
    expect(sessionStore('sample').getState().session?.narration).toBe(false);
    // The presenter window's key card lists L.
    await press('?');
    expect(await screen.findByText('Bacakan cerita dengan suara / hentikan')).toBeInTheDocument();
  });
});

describe('the room window', () => {
  let voice: FakeVoice;
  beforeEach(() => {
    voice = installFakeVoice();
  });

  it('reads when the session says so, with no key pressed on it, and tells the presenter window what it reads', async () => {
    sessionStore('sample').setState({ session: sessionWithNarration() });
    const room = hearRoom();
    await openShow('#/present/sample', { fresh: true });
    await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.']), { timeout: 5000 });
    expect(lit()).toHaveTextContent('Desa di Jawa Timur, sore hari.');
    expect(screen.getByRole('button', { name: 'Bacakan', pressed: true })).toBeInTheDocument();
    await waitFor(() => expect(room.heard.at(-1)).toMatchObject({ status: 'reading', words: { key: 'panel.warung-1.balloon.caption' } }));
    room.close();
  });

  it('says on the wall and to the presenter window when the browser keeps it silent, and reads on the first key there', async () => {
    // The browser's autoplay rule: without a gesture on this window its audio stays suspended and resume() is refused.
    let allowed = false;
    class Suspended {
      get state() {
        return allowed ? 'running' : 'suspended';
      }
      resume = () => (allowed ? Promise.resolve() : Promise.reject(new DOMException('No gesture on this window', 'NotAllowedError')));
      suspend = () => Promise.resolve();
      close = () => Promise.resolve();
    }
    vi.stubGlobal('AudioContext', Suspended);
    sessionStore('sample').setState({ session: sessionWithNarration() });
    const room = hearRoom();
    await openShow('#/present/sample', { fresh: true });
    const turnOn = await screen.findByRole('button', { name: /tekan tombol apa saja, untuk menyalakan suara cerita/ }, { timeout: 5000 });
    await waitFor(() => expect(room.last()).toBe('refused'));
    expect(voice.said).toEqual([]);
    expect(lit()).toBeNull();

    // A key on the wall is the gesture: the sound comes on, and the key does nothing else (the show stays at warung-1).
    allowed = true;
    await press('PageDown');
    await waitFor(() => expect(voice.said).toEqual(['Desa di Jawa Timur, sore hari.']), { timeout: 5000 });
    expect(turnOn).not.toBeInTheDocument();
    expect(lit()?.closest('[data-panel]')).toHaveAttribute('data-panel', 'warung-1');
    await waitFor(() => expect(room.last()).toBe('reading'));
    room.close();
  });
});

describe('the first words', () => {
  /** Recordings stored on this computer, found only when the test lets the lookup finish. */
  function storedRecordings() {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const cache = { match: () => Promise.resolve(new Response(new ArrayBuffer(8))) };
    vi.stubGlobal('caches', { open: () => held.then(() => cache) });
    return { release };
  }

  /**
   * The recordings the wall starts, on its audio element (each ended when told); Web Audio running beside it, for the
   * pause between panels, which ends only when its silence is played out (never, here).
   */
  function recordingsPlayed() {
    const started: { end: () => void }[] = [];
    class Audio {
      state = 'running';
      sampleRate = 48000;
      resume = () => Promise.resolve();
      suspend = () => Promise.resolve();
      close = () => Promise.resolve();
      destination = {};
      createBuffer = () => ({});
      createBufferSource = () => ({ buffer: null, onended: null, connect: () => {}, disconnect: () => {}, start: () => {}, stop: () => {} });
    }
    vi.stubGlobal('AudioContext', Audio);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recording');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
      started.push({ end: () => this.onended?.(new Event('ended')) });
      return Promise.resolve();
    });
    return started;
  }

  it.each([
    ['the computer’s voices are listed at once', true],
    ['the computer lists its voices a moment later', false],
  ])('start once when L is pressed before the recordings are looked up (%s)', async (_case, voicesAtOnce) => {
    const voice = installFakeVoice();
    const listed = window.speechSynthesis.getVoices();
    let listedNow = voicesAtOnce;
    const voicesChanged: (() => void)[] = [];
    Object.assign(window.speechSynthesis, {
      getVoices: () => (listedNow ? listed : []),
      addEventListener: (_type: string, listener: () => void) => voicesChanged.push(listener),
    });
    const lookup = storedRecordings();
    const started = recordingsPlayed();
    await openShow('#/present/sample');
    await screen.findByRole('img', { name: /Sore hari di warung/ });
    await press('l');
    await act(async () => lookup.release());
    if (!voicesAtOnce) {
      listedNow = true;
      await act(async () => voicesChanged.forEach((listener) => listener()));
    }
    await waitFor(() => expect(started).toHaveLength(1), { timeout: 5000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    // Once, by the recording: never the computer's voice first, never started again.
    expect(started).toHaveLength(1);
    expect(voice.said).toEqual([]);
    expect(lit()).toHaveTextContent('Desa di Jawa Timur, sore hari.');
    // And the reading goes on: the first recording ends, the second balloon's starts.
    await act(async () => started[0]!.end());
    await waitFor(() => expect(started).toHaveLength(2));
    expect(lit()).toHaveTextContent('Sari! Mau kerja di Hong Kong?');
  });
});
