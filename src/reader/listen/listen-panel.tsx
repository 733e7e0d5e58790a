/**
 * Listen mode's controls (loaded the first time a reader asks to listen): play and pause, what is happening in plain
 * words, the offer of the story's recordings with their size, and the reader's two choices (turn the page by itself,
 * read the pictures' descriptions).
 */
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Beat } from '../../engine';
import { artUrl } from '../../content/bundled';
import { namespaceText, storyNamespace } from '../../content/text';
import type { Story } from '../../story/schema';
import { storyKeys } from '../../story/strings';
import { useListenSettings } from '../../store/listen';
import { formatBytes } from '../../ui/bytes';
import { languageName } from '../../ui/languages';
import { anyRecordings, lessonsTaught } from '../../comic/listen/recordings';
import { useListen, type ListenProblem } from '../../comic/listen/use-listen';
import { readingLanguage, useDeviceVoices, useRecordings } from '../../comic/listen/use-sources';
import { useMediaSession, type NowReading } from './use-media-session';
import './listen.css';

interface Props {
  story: Story;
  beat: Beat;
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
}

export function ListenPanel({ story, beat, onNext, onBack, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = readingLanguage(i18n, story);
  const taught = useMemo(() => lessonsTaught(story), [story]);
  const { found, download, start } = useRecordings(story.id, language, taught);
  // Recordings in the story's own language only, read in another: said, and never played as this language's voice.
  const source = useRecordings(story.id, story.language, taught);
  const elsewhere = language !== story.language && found !== null && !anyRecordings(found.recordings) && anyRecordings(source.found?.recordings);
  const voices = useDeviceVoices();
  const stored = found?.stored ?? false;
  const listen = useListen({ story, beat, i18n, recordings: found?.recordings ?? null, stored, voices, onNext, stage: '.reader-main', autoAdvance: true });
  const settings = useListenSettings();
  const offer = found !== null && found.recordings.bytes > 0 && !stored;

  // Opening listen mode starts it once the recordings are known: at once when there are none to offer or they are
  // stored, else after the reader has answered the offer (download them, or the phone's voice).
  const [answered, setAnswered] = useState(false);
  const ready = found !== null && (!offer || answered);
  const started = useRef(false);
  const { toggle } = listen;
  useEffect(() => {
    if (started.current || !ready) return;
    started.current = true;
    toggle();
  }, [ready, toggle]);

  const reads = listen.state.status === 'playing' || listen.state.status === 'waiting';
  useMediaSession(listen.state.status, nowReading(i18n, story, beat), {
    play: () => void (!reads && listen.toggle()),
    pause: () => void (reads && listen.toggle()),
    stop: listen.stop,
    next: onNext,
    back: onBack,
  });

  const status = settings.sound ? statusText(t, listen.state.status, beat, listen.problem) : t('listen.silent');
  const on = reads;
  return (
    <section className="listen" aria-label={t('listen.title')}>
      <div className="listen-row">
        <button type="button" className="listen-play" onClick={listen.toggle} disabled={!ready || !settings.sound}>
          <span aria-hidden="true">{on ? '❚❚' : '▶'}</span> {on ? t('listen.pause') : t('listen.play')}
        </button>
        <p className="listen-status" role="status">
          {status}
        </p>
        <button type="button" className="listen-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('listen.close')}</span>
        </button>
      </div>
      {elsewhere ? (
        <p className="listen-elsewhere">{t('listen.other-language', { language: languageName(story.language), reading: languageName(language) })}</p>
      ) : null}
      {offer ? (
        <div className="listen-offer">
          <p>{t('listen.offer', { size: formatBytes(found.recordings.bytes, i18n.language), language: languageName(language) })}</p>
          {download.state === 'running' ? (
            <progress max={found.recordings.bytes} value={download.bytes} aria-label={t('listen.downloading')} />
          ) : (
            <button type="button" className="button-primary listen-download" onClick={() => void start().then((done) => done && setAnswered(true))}>
              {t('listen.download', { size: formatBytes(found.recordings.bytes, i18n.language) })}
            </button>
          )}
          {download.state === 'failed' ? <p role="alert">{t('listen.download-failed')}</p> : null}
          {!answered && download.state !== 'running' ? (
            <button type="button" className="button-quiet" onClick={() => setAnswered(true)}>
              {t('listen.phone-voice')}
            </button>
          ) : null}
        </div>
      ) : null}
      <label className="switch listen-sound">
        <input type="checkbox" checked={settings.sound} onChange={(event) => settings.update({ sound: event.target.checked })} />
        <span>{t('listen.sound')}</span>
      </label>
      <details className="listen-options">
        <summary>{t('listen.options')}</summary>
        <label className="switch">
          <input type="checkbox" checked={settings.autoAdvance} onChange={(event) => settings.update({ autoAdvance: event.target.checked })} />
          <span>{t('listen.auto-advance')}</span>
        </label>
        <label className="switch">
          <input type="checkbox" checked={settings.descriptions} onChange={(event) => settings.update({ descriptions: event.target.checked })} />
          <span>{t('listen.descriptions')}</span>
        </label>
        <p className="listen-help">{t('listen.screen-off')}</p>
      </details>
    </section>
  );
}

/** What the phone's media controls show: the story's title and the scene's (as the reader reads them), and the cover. */
function nowReading(i18n: I18n, story: Story, beat: Beat): NowReading {
  const namespace = storyNamespace(story.id);
  return {
    story: namespaceText(i18n, namespace, storyKeys.title(), story.title),
    scene: namespaceText(i18n, namespace, storyKeys.sceneTitle(beat.sceneId)) || undefined,
    cover: artUrl(story.id, story.cover),
  };
}

type T = ReturnType<typeof useTranslation>['t'];

function statusText(t: T, status: string, beat: Beat, problem: ListenProblem): string {
  if (problem?.kind === 'no-voice') return t('listen.no-voice', { language: languageName(problem.language) });
  if (problem?.kind === 'refused' && status === 'paused') return t('listen.refused');
  if (status === 'playing') return t('listen.reading');
  if (status === 'paused') return t('listen.paused');
  if (status === 'waiting') return t('listen.turning');
  if (status === 'done') return t(beat.kind === 'choices' ? 'listen.at-choice' : beat.kind === 'ending' ? 'listen.at-end' : 'listen.at-panel-end');
  return '';
}
