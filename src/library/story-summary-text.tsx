/**
 * A story's summary, two lines at first so a phone's first screen shows several stories; "More" shows the rest
 * (offered only when something is hidden). A screen reader reads the whole text either way.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

export function StorySummaryText({ text }: { text: string }) {
  const { t } = useTranslation();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  // "More" is there from the first paint (the page's own HTML has it too): nearly every summary is longer than two
  // lines, and a button that came later would push the cards down (a layout shift).
  const [hidesText, setHidesText] = useState(true);
  useEffect(() => {
    const element = paragraph.current;
    if (!element || open) return;
    // Measured when the browser has laid the summary out anyway, never by forcing a layout: with a hundred cards,
    // reading each one's height at once cost seconds on a slow phone (issue 21; cards off screen are not laid out
    // until scrolled near, library.css). Applied before that frame is painted, so the card does not jump.
    const observer = new ResizeObserver(() => flushSync(() => setHidesText(element.scrollHeight > element.clientHeight + 1)));
    observer.observe(element);
    return () => observer.disconnect();
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
