/**
 * In the presenter window's notes column: what the projector's sound does, as the room window tells it (it alone
 * plays), with the words being read; when the browser keeps the wall silent, what to do about it.
 */
import { useTranslation } from 'react-i18next';
import { LESSONS_NAMESPACE, useNamespaceText } from '../../content/text';
import type { NarrationReport } from './narration-report';
import { useNarrationWords } from './words';
import './narration.css';

interface Props {
  /** What the facilitator asked for (the session). */
  wanted: boolean;
  /** What the room said last (null: no room window has spoken). */
  report: NarrationReport | null;
  /** The story's text for a key. */
  text: (key: string) => string;
}

export function PresenterNarration({ wanted, report, text }: Props) {
  const t = useNarrationWords();
  const { t: ui } = useTranslation();
  const lessonText = useNamespaceText(LESSONS_NAMESPACE);
  const words = report?.status === 'reading' ? report.words : null;
  const said = words ? (words.namespace === 'story' ? text(words.key) : words.namespace === 'lessons' ? lessonText(words.key) : ui(words.key)) : '';
  return (
    <section
      className="presenter-box presenter-narration"
      aria-labelledby="presenter-narration-title"
      data-narration={wanted ? (report?.status ?? 'no-room') : 'off'}
    >
      <h2 id="presenter-narration-title">{t('narration.title')}</h2>
      <p role="status" className={report?.status === 'refused' && wanted ? 'presenter-narration-act' : undefined}>
        {t(`narration.${statusOf(wanted, report)}`)}
        {wanted && report?.downloadFailed ? ` ${t('narration.download-failed')}` : ''}
      </p>
      {said ? <blockquote className="presenter-narration-words">{said}</blockquote> : null}
    </section>
  );
}

function statusOf(wanted: boolean, report: NarrationReport | null): string {
  if (!wanted) return 'off';
  if (!report || report.status === 'gone') return 'no-room';
  // The room has not caught up with "on" yet (the message is on its way).
  return report.status === 'off' ? 'preparing' : report.status;
}
