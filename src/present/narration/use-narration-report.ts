/**
 * The room tells the presenter window what its audio does (narration-report.ts), on a channel of its own beside the
 * session's: a report at every change, again to a presenter window that opens and asks, and 'gone' when the room
 * window closes. Messages carry a namespace and are checked before use.
 */
import { useEffect, useRef, useState } from 'react';
import { isRecord } from '../../story/is-record';
import { readReport, sameReport, type NarrationReport } from './narration-report';

const NAMESPACE = 'komik-saku/present-narration';

type Message = { ns: typeof NAMESPACE; kind: 'ask' } | { ns: typeof NAMESPACE; kind: 'report'; report: NarrationReport };

const channelOf = (storyId: string) => new BroadcastChannel(`${NAMESPACE}/${storyId}`);
const GONE: NarrationReport = { status: 'gone', words: null, downloadFailed: false };

/** The room window: tells its report when it changes and whenever asked. */
export function useTellNarration(storyId: string, report: NarrationReport): void {
  const told = useRef(report);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bus = channelOf(storyId);
    channel.current = bus;
    const tell = (said: NarrationReport) => bus.postMessage({ ns: NAMESPACE, kind: 'report', report: said } satisfies Message);
    bus.onmessage = (event: MessageEvent<unknown>) => {
      if (isRecord(event.data) && event.data.ns === NAMESPACE && event.data.kind === 'ask') tell(told.current);
    };
    const gone = () => tell(GONE);
    tell(told.current);
    window.addEventListener('pagehide', gone);
    return () => {
      window.removeEventListener('pagehide', gone);
      gone();
      bus.close();
      channel.current = null;
    };
  }, [storyId]);
  useEffect(() => {
    if (sameReport(report, told.current)) return;
    told.current = report;
    channel.current?.postMessage({ ns: NAMESPACE, kind: 'report', report } satisfies Message);
  }, [report]);
}

/** The presenter window: the room's latest report, or null until a room window has said anything. */
export function useHeardNarration(storyId: string): NarrationReport | null {
  const [report, setReport] = useState<NarrationReport | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bus = channelOf(storyId);
    bus.onmessage = (event: MessageEvent<unknown>) => {
      const heard = isRecord(event.data) && event.data.ns === NAMESPACE && event.data.kind === 'report' ? readReport(event.data.report) : null;
      if (heard) setReport((current) => (current && sameReport(current, heard) ? current : heard));
    };
    bus.postMessage({ ns: NAMESPACE, kind: 'ask' } satisfies Message);
    return () => bus.close();
  }, [storyId]);
  return report;
}
