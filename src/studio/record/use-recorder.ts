/**
 * The microphone for the recording view: asks for it once, records with MediaRecorder in the best format this
 * browser has (encode.ts makes Ogg Opus of any of them), and hands the recording over when stopped. The microphone is
 * let go after each take and when the view closes, so the phone's "in use" light is on only while recording.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderState = 'idle' | 'asking' | 'recording';
export type RecorderProblem = 'denied' | 'no-microphone' | null;

/** Opus first, in either container: the smallest for speech, and decoded everywhere. */
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function useRecorder(onRecorded: (recording: Blob) => void) {
  const [state, setState] = useState<RecorderState>('idle');
  const [problem, setProblem] = useState<RecorderProblem>(null);
  const stream = useRef<MediaStream | null>(null);
  const release = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };
  const recorder = useRef<MediaRecorder | null>(null);
  const handOver = useRef(onRecorded);
  useEffect(() => {
    handOver.current = onRecorded;
  });

  const start = useCallback(async () => {
    if (recorder.current) return;
    setState('asking');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    } catch (error) {
      setState('idle');
      setProblem(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'no-microphone');
      return;
    }
    setProblem(null);
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    const current = new MediaRecorder(stream.current, mimeType ? { mimeType } : {});
    const parts: Blob[] = [];
    current.ondataavailable = (event) => parts.push(event.data);
    current.onstop = () => {
      recorder.current = null;
      release();
      setState('idle');
      handOver.current(new Blob(parts, { type: current.mimeType }));
    };
    recorder.current = current;
    current.start();
    setState('recording');
  }, []);

  const stop = useCallback(() => recorder.current?.stop(), []);

  useEffect(
    () => () => {
      if (recorder.current) {
        recorder.current.onstop = null;
        recorder.current.stop();
      }
      release();
    },
    [],
  );
  return { state, problem, start, stop };
}
