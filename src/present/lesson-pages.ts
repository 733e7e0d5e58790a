/**
 * The lessons of an ending, split into slides the back of a hall can read. A long good path teaches nine lessons
 * or more: on one 16:9 slide their cards either ran off the wall or shrank to laptop-sized text, so each slide
 * holds at most four big cards (learned first, then missed). Missed lessons of a path that also learned some
 * ride along as small labels under the last learned cards when those take one row; otherwise they get slides of
 * their own, as big cards. Pure: the session steps through these pages (session.ts), the room draws them
 * (ending-slides.tsx).
 */

/** Cards on one slide: two rows of two at the wall size set in present.css. */
export const LESSONS_PER_SLIDE = 4;
/** Missed lessons that fit as labels under one row of cards. */
const MISSED_LABELS = 8;

export interface LessonsPage {
  status: 'learned' | 'missed';
  /** Lesson IDs shown as big cards, in the order the path met them. */
  lessons: string[];
  /** Missed lesson IDs shown as small labels under the cards. */
  alsoMissed: string[];
}

export function lessonPages(learned: readonly string[], missed: readonly string[]): LessonsPage[] {
  const chunks = (ids: readonly string[], status: LessonsPage['status']): LessonsPage[] => {
    const pages: LessonsPage[] = [];
    for (let at = 0; at < ids.length; at += LESSONS_PER_SLIDE) pages.push({ status, lessons: ids.slice(at, at + LESSONS_PER_SLIDE), alsoMissed: [] });
    return pages;
  };
  if (learned.length === 0) return chunks(missed, 'missed');
  const pages = chunks(learned, 'learned');
  const last = pages[pages.length - 1]!;
  if (missed.length === 0) return pages;
  if (last.lessons.length <= 2 && missed.length <= MISSED_LABELS) {
    last.alsoMissed = [...missed];
    return pages;
  }
  return [...pages, ...chunks(missed, 'missed')];
}

/** The lessons slide at `index` (an index past the last reads as the last), its number from 1, and how many there are. */
export function lessonSlide(learned: readonly string[], missed: readonly string[], index: number): { page: LessonsPage; number: number; count: number } | null {
  const pages = lessonPages(learned, missed);
  if (pages.length === 0) return null;
  const at = Math.min(index, pages.length - 1);
  return { page: pages[at]!, number: at + 1, count: pages.length };
}
