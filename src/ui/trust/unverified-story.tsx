/**
 * A story on this phone that no known publisher vouches for (unsigned, or changed since it was signed): a note above
 * it says so, with the official helplines one tap away, and every phone number in its text that is not one of them
 * is flagged where it shows. A trafficker's copy of a comic with its own "helpline" must not look official.
 * Loaded only with such a story, with its words. The reader, the projected story (room and presenter) and the print
 * screen each place the note their own way (`place`, trust.css).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HELPLINE_NUMBERS } from '../../content/helplines';
import { phoneRuns } from '../../story/check/phone-numbers';
import { NumberFlag } from '../number-flag';
import { routeHref } from '../routes';
import { addTrustWords } from './trust-words';
import './trust.css';

export function UnverifiedStory({ children, place = 'reader' }: { children: ReactNode; place?: 'reader' | 'present' | 'print' }) {
  const { t, i18n } = useTranslation();
  useState(() => addTrustWords(i18n));
  return (
    <NumberFlag.Provider value={flagged}>
      {/* The note and the story share the screen's height: the note stays in view above the story's first panel. */}
      <div className={`trust-story trust-story-${place}`}>
        <aside className="trust-note" aria-labelledby="trust-note-title">
          <p>
            <strong id="trust-note-title">{t('trust.unknown-publisher')}</strong> {t('trust.numbers-flagged')}
          </p>
          <a className="trust-help" href={routeHref({ screen: 'help' })}>
            {t('trust.official-helplines')}
          </a>
        </aside>
        {children}
      </div>
    </NumberFlag.Provider>
  );
}

function flagged(text: string): ReactNode {
  return phoneRuns(text, HELPLINE_NUMBERS).map((run, index) =>
    run.unofficial ? (
      <UnofficialNumber key={index} number={run.text} />
    ) : run.number ? (
      <span key={index} className="story-number">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

function UnofficialNumber({ number }: { number: string }) {
  const { t } = useTranslation();
  return (
    <mark className="story-number trust-number" data-unofficial-number="">
      {number}
      <span className="trust-number-tag">{t('trust.unofficial-number')}</span>
    </mark>
  );
}
