/**
 * What the workshop went through, ready to print: the path the room chose, the lessons it covered (and, at an
 * ending, those its path missed), the hands counted at each vote, the time spent on each scene, the questions it
 * discussed (ticked in the presenter window) and those left for next time. Printing shows this page alone.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import { beatOf, sceneById } from '../engine';
import type { Story } from '../story/schema';
import { lessonKeys, storyKeys } from '../story/strings';
import { StoryText } from '../ui/story-text';
import { notesOfScene } from './notes';
import { clock } from './presenter-timer';
import type { PresentSession } from './session';
import { optionLetter } from '../ui/option-letter';
import { useModalDialog } from '../ui/use-modal-dialog';

interface Props {
  story: Story;
  session: PresentSession;
  text: (key: string, fallback?: string) => string;
  onClose: () => void;
}

export function WorkshopSummary({ story, session, text, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lessonText = useNamespaceText(LESSONS_NAMESPACE);
  const catalog = useCatalog();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  // The summary tells the workshop as it stood when it was opened, the time spent included.
  const [openedAt] = useState(() => Date.now());
  const { reading } = session;
  const beat = beatOf(story, reading);
  const notes = reading.path.flatMap((step) => notesOfScene(story, step.scene));
  const discussed = notes.filter((note) => session.discussed.includes(note.key));
  const open = notes.filter((note) => !session.discussed.includes(note.key));
  const lessons = catalog.status === 'ready' ? catalog.lessons.filter((lesson) => reading.lessons.includes(lesson.id)) : [];
  // At an ending the room also saw what its path missed (ending-slides.tsx): the summary says so too.
  const missed = catalog.status === 'ready' && beat.kind === 'ending' ? catalog.lessons.filter((lesson) => beat.missed.includes(lesson.id)) : [];
  const minutes = Math.max(1, Math.round((openedAt - session.startedAt) / 60_000));
  const ending = beat.kind === 'ending' ? story.endings.find((item) => item.id === beat.endingId) : undefined;
  // The hands counted at each vote the room took (presenter-vote.tsx), as "A 12 · B 5".
  const handsAt = (sceneId: string) => {
    const scene = sceneById(story, sceneId);
    const choices = scene?.then.kind === 'choices' ? scene.then.choices : [];
    const counted = choices
      .map((choice, index) => ({ letter: optionLetter(index), count: session.hands[choice.id] }))
      .filter((item) => item.count !== undefined);
    return counted.length > 0 ? counted.map((item) => `${item.letter} ${item.count}`).join(' · ') : null;
  };
  const sceneTime = (sceneId: string) => {
    const ms =
      (session.sceneMs[sceneId] ?? 0) + (sceneId === reading.path[reading.path.length - 1]!.scene ? (session.pausedAt ?? openedAt) - session.sceneSince : 0);
    return ms >= 1000 ? clock(ms) : null;
  };
  const noteList = (items: typeof notes) => (
    <ul>
      {items.map((note) => (
        <li key={note.key}>{text(note.key, note.text)}</li>
      ))}
    </ul>
  );
  return (
    // Esc closes the summary and nothing else: the keys of the windows behind it are paused while it is open.
    <dialog ref={dialog} className="present-summary" aria-labelledby="present-summary-title" onClose={onClose}>
      <div className="present-summary-actions">
        <button type="button" className="present-button present-button-primary" onClick={() => window.print()}>
          {t('present.print-summary')}
        </button>
        <button type="button" className="present-button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
      <h2 id="present-summary-title">{t('present.summary-title', { title: text(storyKeys.title(), story.title) })}</h2>
      <p>
        {t('present.summary-when', {
          date: new Date(session.startedAt).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }),
          count: minutes,
        })}
      </p>
      <h3>{t('present.summary-path')}</h3>
      <ol>
        {reading.path.map((step, index) => {
          const scene = sceneById(story, step.scene)!;
          const title = text(storyKeys.sceneTitle(scene.id), scene.title ?? '');
          if (!step.choice && !title) return null;
          const hands = step.choice && index > 0 ? handsAt(reading.path[index - 1]!.scene) : null;
          const time = sceneTime(step.scene);
          return (
            <li key={`${index}-${step.scene}`}>
              {step.choice ? <strong>{t('present.summary-chose', { choice: text(storyKeys.choice(step.choice)) })}</strong> : null}
              {hands ? <span className="present-summary-hands"> ({t('present.summary-hands', { counts: hands })})</span> : null}
              {step.choice && title ? ': ' : null}
              {title}
              {time ? <span className="present-summary-time"> · {time}</span> : null}
            </li>
          );
        })}
        {ending ? (
          <li>
            <strong>{beat.kind === 'ending' && beat.good ? t('ending.good') : t('ending.bad')}:</strong> {text(storyKeys.endingTitle(ending.id), ending.title)}
          </li>
        ) : null}
      </ol>
      <h3>{t('present.summary-lessons')}</h3>
      {lessons.length > 0 ? (
        <ul>
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <strong>{lessonText(lessonKeys.title(lesson.id), lesson.title)}:</strong>{' '}
              <StoryText text={lessonText(lessonKeys.message(lesson.id), lesson.message)} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('present.summary-none')}</p>
      )}
      {missed.length > 0 ? (
        <>
          <h3>{t('ending.missed')}</h3>
          <ul>
            {missed.map((lesson) => (
              <li key={lesson.id}>{lessonText(lessonKeys.title(lesson.id), lesson.title)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('present.summary-discussed')}</h3>
      {discussed.length > 0 ? noteList(discussed) : <p>{t('present.summary-none')}</p>}
      {open.length > 0 ? (
        <>
          <h3>{t('present.summary-open')}</h3>
          {noteList(open)}
        </>
      ) : null}
    </dialog>
  );
}
