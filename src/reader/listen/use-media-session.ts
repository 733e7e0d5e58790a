/**
 * The phone's own media controls while listen mode reads (issue 19, "works with the screen off"): the lock screen and
 * the notification show the story and the scene with its cover, and their buttons play, pause, stop, and turn to the
 * next panel or the one before. The Media Session API is feature-detected: a browser without it gets nothing, and
 * nothing breaks. All of it is taken away when listen mode stops or the reader leaves.
 */
import { useEffect, useEffectEvent } from 'react';
import type { ListenStatus } from '../../comic/listen/listen-state';

export interface NowReading {
  story: string;
  /** The scene's title, when it has one. */
  scene?: string;
  /** The story's cover, from the app's own origin. */
  cover: string;
}

export interface MediaControls {
  play: () => void;
  pause: () => void;
  stop: () => void;
  next: () => void;
  back: () => void;
}

const ACTIONS = ['play', 'pause', 'stop', 'nexttrack', 'previoustrack'] as const;

/** What the phone shows for a listen status: "none" takes the controls away. */
export function playbackOf(status: ListenStatus): MediaSessionPlaybackState {
  if (status === 'off') return 'none';
  return status === 'playing' || status === 'waiting' ? 'playing' : 'paused';
}

const mediaSession = (): MediaSession | undefined => (typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : undefined);

function setHandler(session: MediaSession, action: MediaSessionAction, handler: MediaSessionActionHandler | null): void {
  try {
    session.setActionHandler(action, handler);
  } catch {
    // A browser that does not know this action throws: its other buttons still work.
  }
}

export function useMediaSession(status: ListenStatus, reading: NowReading, controls: MediaControls): void {
  const on = status !== 'off';
  const act = useEffectEvent((action: (typeof ACTIONS)[number]) => {
    if (action === 'play') controls.play();
    else if (action === 'pause') controls.pause();
    else if (action === 'stop') controls.stop();
    else if (action === 'nexttrack') controls.next();
    else controls.back();
  });

  useEffect(() => {
    const session = mediaSession();
    if (!session || !on) return;
    for (const action of ACTIONS) setHandler(session, action, () => act(action));
    return () => {
      for (const action of ACTIONS) setHandler(session, action, null);
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, [on]);

  const { story, scene, cover } = reading;
  useEffect(() => {
    const session = mediaSession();
    if (!session || !on || typeof MediaMetadata === 'undefined') return;
    session.metadata = new MediaMetadata({
      title: scene ? `${story}: ${scene}` : story,
      artist: 'Komik Saku',
      album: story,
      artwork: [{ src: new URL(cover, window.location.href).href }],
    });
  }, [on, story, scene, cover]);

  useEffect(() => {
    const session = mediaSession();
    if (session && on) session.playbackState = playbackOf(status);
  }, [on, status]);
}
