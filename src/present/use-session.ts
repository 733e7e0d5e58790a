/**
 * One window's view of the shared session. Both windows (room and presenter) hold the whole state, apply their own
 * events with step(), keep it in the session store and post it on a BroadcastChannel; a window that hears a newer
 * state adopts it. On opening, a window posts what it has and asks for the others' (a reloaded window catches up
 * with one that stayed open, or brings its stored state to one that just opened). Closing one leaves the other as
 * it was: there is no leader. Messages carry a namespace and are checked like stored data before they are used.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Story } from '../story/schema';
import { createSession, merge, readSession, step, type PresentEvent, type PresentSession } from './session';
import { sessionStore } from './session-store';

const NAMESPACE = 'komik-saku/present';

type Message = { ns: typeof NAMESPACE; kind: 'hello' | 'state'; session: PresentSession };

export interface SharedSession {
  session: PresentSession;
  dispatch: (event: PresentEvent) => void;
  /** The window is listening to the other (the browser tests wait for it before pressing keys). */
  connected: boolean;
}

/**
 * The stories whose channel this tab listens on. The channel is set up in an effect, outside React's state: the
 * views read whether it is open from here (useSyncExternalStore) instead of a state set inside the effect.
 */
const listening = new Set<string>();
const listeningChanged = new Set<() => void>();

function setListening(storyId: string, on: boolean): void {
  if (on) listening.add(storyId);
  else listening.delete(storyId);
  listeningChanged.forEach((notify) => notify());
}

function onListeningChange(notify: () => void): () => void {
  listeningChanged.add(notify);
  return () => listeningChanged.delete(notify);
}

function windowId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function useSharedSession(story: Story): SharedSession {
  const [self] = useState(windowId);
  const [session, setSession] = useState<PresentSession>(
    () => readSession(story, sessionStore(story.id).getState().session) ?? createSession(story, Date.now(), self),
  );
  const latest = useRef(session);
  const channel = useRef<BroadcastChannel | null>(null);
  const connected = useSyncExternalStore(
    onListeningChange,
    () => listening.has(story.id),
    () => false,
  );

  // Every state this window shows is kept, so a reload of either window resumes it.
  useEffect(() => {
    sessionStore(story.id).getState().keep(session);
  }, [story.id, session]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bus = new BroadcastChannel(`${NAMESPACE}/${story.id}`);
    channel.current = bus;
    bus.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data as Partial<Message> | null;
      if (!message || message.ns !== NAMESPACE || (message.kind !== 'hello' && message.kind !== 'state')) return;
      const incoming = readSession(story, message.session);
      if (incoming) {
        const merged = merge(latest.current, incoming);
        if (merged !== latest.current) {
          latest.current = merged;
          setSession(merged);
        }
      }
      if (message.kind === 'hello') bus.postMessage({ ns: NAMESPACE, kind: 'state', session: latest.current } satisfies Message);
    };
    bus.postMessage({ ns: NAMESPACE, kind: 'hello', session: latest.current } satisfies Message);
    setListening(story.id, true);
    return () => {
      bus.close();
      channel.current = null;
      setListening(story.id, false);
    };
  }, [story]);

  const dispatch = useCallback(
    (event: PresentEvent) => {
      const changed = step(story, latest.current, event, self, Date.now());
      if (changed === latest.current) return;
      latest.current = changed;
      setSession(changed);
      channel.current?.postMessage({ ns: NAMESPACE, kind: 'state', session: changed } satisfies Message);
    },
    [story, self],
  );

  return { session, dispatch, connected };
}
