/**
 * Two tabs editing one draft: each tab says which draft it opened, a tab already editing it answers, and the newcomer
 * waits read-only until the author takes over there (the first tab then saves and becomes read-only). Messages are
 * checked before use; a browser without BroadcastChannel still has the revision check on every write.
 */
import { isRecord } from '../../story/is-record';

const CHANNEL = 'komik-saku/studio-drafts';
const KINDS = ['open', 'here', 'take', 'released'] as const;

export interface TabMessage {
  kind: (typeof KINDS)[number];
  draftId: string;
  tab: string;
}

export function readTabMessage(value: unknown): TabMessage | null {
  if (!isRecord(value) || typeof value.draftId !== 'string' || typeof value.tab !== 'string') return null;
  return (KINDS as readonly unknown[]).includes(value.kind) ? (value as unknown as TabMessage) : null;
}

export interface TabLink {
  post: (kind: TabMessage['kind']) => void;
  close: () => void;
}

/** Listens for the other tabs' messages about this draft. */
export function linkTabs(draftId: string, tab: string, onMessage: (message: TabMessage) => void): TabLink {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = readTabMessage(event.data);
    if (message && message.draftId === draftId && message.tab !== tab) onMessage(message);
  };
  return { post: (kind) => channel.postMessage({ kind, draftId, tab } satisfies TabMessage), close: () => channel.close() };
}
