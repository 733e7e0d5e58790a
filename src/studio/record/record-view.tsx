/**
 * "Rekam suara": the narrator reads the story aloud, text by text (balloons, the questions and options of choices,
 * endings), with the text large. Record, stop, listen back, record again; each recording is trimmed, made Ogg Opus
 * and kept in the draft with the hash of the text read, so a changed text shows as to record again. Space records
 * and stops, the arrow keys move between texts; the list shows what is left.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredClip } from '../drafts/draft-store';
import type { Story, Translation } from '../../story/schema';
import { languageName } from '../../ui/languages';
import { kindOf } from '../translate/entries';
import { canEncode, decodeRecording, encodeSpeech } from './encode';
import { linesToRecord } from './lines';
import { draftClips, putClip } from './record-store';
import { useRecorder } from './use-recorder';
import './record.css';

interface Props {
  draftId: string;
  story: Story;
  translations: readonly Translation[];
}

type Note = 'saving' | 'saved' | 'silent' | 'failed' | 'full' | null;

export function RecordView({ draftId, story, translations }: Props) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState(story.language);
  // The recordings of the language they were read for: another language's are not shown while its own load.
  const [found, setFound] = useState<{ language: string; clips: Map<string, StoredClip> } | null>(null);
  const clips = found?.language === language ? found.clips : null;
  const [at, setAt] = useState(0);
  const [note, setNote] = useState<Note>(null);
  const player = useRef<{ context: AudioContext; source: AudioBufferSourceNode | null } | null>(null);

  useEffect(() => {
    let gone = false;
    void draftClips(draftId, language).then((stored) => !gone && setFound({ language, clips: stored }));
    return () => {
      gone = true;
    };
  }, [draftId, language]);

  const lines = useMemo(() => linesToRecord(story, translations, language, clips ?? new Map()), [story, translations, language, clips]);
  const line = lines[Math.min(at, lines.length - 1)];
  const left = lines.filter((each) => each.state !== 'recorded').length;

  const keep = useCallback(
    async (recorded: Blob) => {
      if (!line) return;
      setNote('saving');
      try {
        const encoded = await encodeSpeech(await decodeRecording(recorded), line.key);
        if (!encoded) return setNote('silent');
        const clip: StoredClip = {
          draftId,
          language,
          key: line.key,
          source: line.source,
          seconds: encoded.seconds,
          blob: new Blob([encoded.bytes], { type: 'audio/ogg' }),
        };
        await putClip(clip);
        setFound((before) => ({ language, clips: new Map(before?.language === language ? before.clips : []).set(line.key, clip) }));
        setNote('saved');
      } catch (error) {
        setNote(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'failed');
      }
    },
    [draftId, language, line],
  );
  const recorder = useRecorder((recorded) => void keep(recorded));
  const recording = recorder.state === 'recording';

  const stopPlaying = () => {
    player.current?.source?.stop();
    if (player.current) player.current.source = null;
  };
  useEffect(() => () => void player.current?.context.close(), []);
  const listen = async () => {
    const clip = line && clips?.get(line.key);
    if (!clip) return;
    stopPlaying();
    player.current ??= { context: new AudioContext(), source: null };
    const { context } = player.current;
    // Decoded here, not played from an address: the app's content policy allows no media but its own files.
    const source = context.createBufferSource();
    source.buffer = await context.decodeAudioData(await clip.blob.arrayBuffer());
    source.connect(context.destination);
    player.current.source = source;
    source.start();
  };

  const toggle = () => {
    if (recording) return recorder.stop();
    stopPlaying();
    setNote(null);
    void recorder.start();
  };
  const move = (step: number) => {
    if (recording) return;
    setNote(null);
    setAt((current) => Math.max(0, Math.min(lines.length - 1, current + step)));
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Form fields and buttons keep their own keys (a button's Space presses it).
    if (target.closest('select, input, button, textarea')) return;
    if (event.key === ' ') toggle();
    else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(-1);
    else return;
    event.preventDefault();
  };

  const languages = [story.language, ...translations.map((each) => each.language)];
  return (
    <section className="record-view" aria-labelledby="record-title" onKeyDown={onKey}>
      <h2 id="record-title">{t('studio.record.title')}</h2>
      <p className="record-intro">{t('studio.record.intro')}</p>
      {languages.length > 1 ? (
        <label className="record-language">
          {t('studio.record.language')}
          <select value={language} onChange={(event) => (setLanguage(event.target.value), setAt(0), setNote(null))}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {!canEncode() ? (
        <p role="alert">{t('studio.record.unsupported')}</p>
      ) : clips === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : !line ? (
        <p>{t('studio.record.nothing')}</p>
      ) : (
        <>
          <p className="record-progress" role="status">
            {left === 0 ? t('studio.record.all-done') : t('studio.record.left', { count: left, total: lines.length })}
          </p>
          {/* Focusable, so Space and the arrows work from here without pressing a button. */}
          <div className="record-card" tabIndex={0} aria-labelledby="record-kind record-text" aria-describedby="record-keys">
            <p id="record-kind" className="record-kind">
              {t('studio.record.line', { number: lines.indexOf(line) + 1, total: lines.length })} · {t(`studio.translate.kind.${kindOf(line.key)}`)}
            </p>
            <p id="record-text" className="record-text" lang={language}>
              {line.text}
            </p>
            <p className="record-state" data-state={line.state}>
              {t(`studio.record.state-${line.state}`)}
            </p>
          </div>
          <div className="record-buttons">
            <button type="button" className="button-secondary" onClick={() => move(-1)} disabled={recording || lines.indexOf(line) === 0}>
              {t('studio.record.previous')}
            </button>
            <button
              type="button"
              className={recording ? 'button-primary record-on' : 'button-primary'}
              aria-pressed={recording}
              onClick={toggle}
              disabled={recorder.state === 'asking' || note === 'saving'}
            >
              {recording ? t('studio.record.stop') : line.state === 'missing' ? t('studio.record.record') : t('studio.record.redo')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void listen()} disabled={recording || line.state === 'missing'}>
              {t('studio.record.listen')}
            </button>
            <button type="button" className="button-secondary" onClick={() => move(1)} disabled={recording || lines.indexOf(line) === lines.length - 1}>
              {t('studio.record.next')}
            </button>
          </div>
          <p className="record-note" role="status">
            {recording ? t('studio.record.recording') : recorder.problem ? t(`studio.record.${recorder.problem}`) : note ? t(`studio.record.note-${note}`) : ''}
          </p>
          <p id="record-keys" className="record-keys">
            {t('studio.record.keys')}
          </p>
          <ol className="record-lines" aria-label={t('studio.record.list')}>
            {lines.map((each, index) => (
              <li key={each.key} data-state={each.state}>
                <button
                  type="button"
                  className="record-line"
                  aria-current={each === line ? 'true' : undefined}
                  disabled={recording}
                  onClick={() => (setAt(index), setNote(null))}
                >
                  <span className="record-line-state">{t(`studio.record.state-${each.state}`)}</span> {each.text}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
