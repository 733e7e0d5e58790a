/**
 * A story's summary, two lines at first so a phone's first screen shows several stories; "More" shows the rest
 * (offered only when something is hidden). A screen reader reads the whole text either way.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function StorySummaryText({ text }: { text: string }) {
  const { t } = useTranslation();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [hidesText, setHidesText] = useState(false);
  useLayoutEffect(() => {
    const element = paragraph.current;
    if (element && !open) setHidesText(element.scrollHeight > element.clientHeight + 1);
  }, [text, open]);
  return (
    <div className="story-summary-box">
      <p ref={paragraph} className={open ? 'story-summary' : 'story-summary story-summary-short'}>
        {text}
      </p>
      {hidesText ? (
        <button type="button" className="story-summary-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('library.summary-less') : t('library.summary-more')}
        </button>
      ) : null}
    </div>
  );
}
