/**
 * A draft: a story being written in the Studio, with its translations, kept in IndexedDB (draft-store.ts). Pure: the
 * storage shell and the screens build on these. A draft's story may be unfinished (an empty balloon, a missing
 * target): the live check says what is wrong, and nothing is refused on the way, so nothing typed is lost.
 */
import { isRecord } from '../../story/is-record';
import type { Story, Translation } from '../../story/schema';

/** Bump when a stored draft written by this version would be read wrongly; readDraft then migrates. */
export const DRAFT_VERSION = 1;

export interface Draft {
  version: typeof DRAFT_VERSION;
  id: string;
  /** The author's name for the draft in the drafts list (the story's title when it was started). */
  name: string;
  story: Story;
  translations: Translation[];
  /** When it last changed (ms since 1970). */
  updatedAt: number;
  /** How many times it was stored: a write expects the revision it read, so two tabs cannot overwrite each other. */
  revision: number;
}

export interface DraftSummary {
  id: string;
  name: string;
  storyTitle: string;
  updatedAt: number;
}

export function newDraftId(now: number, random: () => number = Math.random): string {
  return `d-${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

export function createDraft(id: string, story: Story, translations: Translation[], now: number): Draft {
  return { version: DRAFT_VERSION, id, name: story.title, story, translations, updatedAt: now, revision: 0 };
}

export function withStory(draft: Draft, story: Story, now: number): Draft {
  return story === draft.story ? draft : { ...draft, story, updatedAt: now };
}

/** The draft with its translations replaced: the translation view's edits, in the same history as the story's. */
export function withTranslations(draft: Draft, translations: Translation[], now: number): Draft {
  return translations === draft.translations ? draft : { ...draft, translations, updatedAt: now };
}

export function renamed(draft: Draft, name: string, now: number): Draft {
  return { ...draft, name, updatedAt: now };
}

/** A copy under a new ID, stored as new (revision 0). */
export function duplicated(draft: Draft, id: string, name: string, now: number): Draft {
  return { ...draft, id, name, updatedAt: now, revision: 0 };
}

export function summaryOf(draft: Draft): DraftSummary {
  return { id: draft.id, name: draft.name, storyTitle: draft.story.title, updatedAt: draft.updatedAt };
}

/**
 * A stored value as a draft, or null when it is not one this version can read (set aside by the store, never
 * deleted). Only the envelope is checked: the story inside may be unfinished, and the live check reports on it.
 */
export function readDraft(value: unknown): Draft | null {
  if (!isRecord(value) || value.version !== DRAFT_VERSION) return null;
  const { id, name, story, translations, updatedAt, revision } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof updatedAt !== 'number' || typeof revision !== 'number') return null;
  if (!isRecord(story) || !Array.isArray(story.scenes) || !Array.isArray(translations)) return null;
  return value as unknown as Draft;
}
