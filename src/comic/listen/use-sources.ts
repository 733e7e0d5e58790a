/** What listen mode can speak with on this phone: the story's recordings (and whether they are stored), the voices. */
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { storyNamespace } from '../../content/text';
import type { Story } from '../../story/schema';
import { downloadRecordings, haveRecordings, recordingsOf, type Recordings } from './recordings';

/** The language the story is read in: the first of the reader's languages that has its text (as the text is looked up). */
export function readingLanguage(i18n: I18n, story: Story): string {
  return (i18n.languages ?? [i18n.language]).find((code) => i18n.hasResourceBundle(code, storyNamespace(story.id))) ?? story.language;
}

export type Download = { state: 'idle' } | { state: 'running'; bytes: number } | { state: 'failed' };

/** `taught`: the lessons the story teaches (recordings.ts lessonsTaught), kept the same array while the story is. */
export function useRecordings(storyId: string, language: string, taught?: readonly string[]) {
  const [found, setFound] = useState<{ recordings: Recordings; stored: boolean } | null>(null);
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  useEffect(() => {
    let gone = false;
    void recordingsOf(storyId, language, taught).then(async (recordings) => {
      const stored = recordings.bytes > 0 && (await haveRecordings(recordings));
      if (!gone) setFound({ recordings, stored });
    });
    return () => {
      gone = true;
    };
  }, [storyId, language, taught]);
  const start = useCallback(async (): Promise<boolean> => {
    if (!found) return false;
    setDownload({ state: 'running', bytes: 0 });
    try {
      await downloadRecordings(found.recordings, (bytes) => setDownload({ state: 'running', bytes }));
      setFound({ ...found, stored: true });
      setDownload({ state: 'idle' });
      return true;
    } catch {
      setDownload({ state: 'failed' });
      return false;
    }
  }, [found]);
  return { found, download, start };
}

/** The phone's speech voices; a browser lists them late (voiceschanged), and one without speech has none. */
export function useDeviceVoices(): readonly SpeechSynthesisVoice[] {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);
  return voices;
}
