/**
 * A facilitator's session, as plain JSON: where the room is in the story (the engine's reading state) plus what
 * only projection needs (panel or page steps, black screen, overview, timer, questions discussed). Both windows,
 * the projected room screen and the presenter window, apply the same events with `step()` and converge by
 * `newer()`: the state with the higher sequence number wins (ties go to the higher window id), so whichever
 * window acted last is what both show. No React, no storage, no DOM: tested in tests/unit/present-session.test.ts.
 */
import { back, beatOf, choose, next, restore, sceneById, start, STATE_VERSION, type PathStep, type ReadingState } from '../engine';
import { scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';
import { lessonPages } from './lesson-pages';
import { isRecord } from '../story/is-record';
import { optionLetter } from '../ui/option-letter';

/**
 * v1: first version. A stored session of another version is not resumed (a workshop restarts; nothing personal is
 * lost). `lessonsPage` came later within v1: a v1 session without it reads as the first lessons slide; so did
 * `narration`: a v1 session without it reads as the narration off.
 */
export const SESSION_VERSION = 1;

/** How far one "next" goes on the projected screen. */
export type StepSize = 'panel' | 'page';

export type EndingPart = 'story' | 'lessons' | 'helplines';

export interface PresentSession {
  version: number;
  storyId: string;
  /** The engine's state: the path the room chose and the place in it. Never the reader's personal progress. */
  reading: ReadingState;
  step: StepSize;
  /** At an ending, what the room sees: what happened, then the lessons of the path, then the helplines. */
  endingPart: EndingPart;
  /** Which slide of the path's lessons (lesson-pages.ts) the room sees while endingPart is 'lessons'. */
  lessonsPage: number;
  black: boolean;
  overview: boolean;
  /**
   * The story read aloud on the projector's audio (L in either window). Only the room window makes the sound: this is
   * what the facilitator asked for; what the room's audio really does it reports apart (narration/narration-report.ts).
   */
  narration: boolean;
  /** Show choices the story makes unavailable (greyed out, with the reason) so the room can discuss them. */
  showLocked: boolean;
  /** When the session (or its timer) started, ms since the epoch; moved on by the time spent paused. */
  startedAt: number;
  /** When the timer was paused (ms since the epoch), or null while it runs. */
  pausedAt: number | null;
  /** Since when the scene on the wall has been counted (moved on by pauses, like startedAt). */
  sceneSince: number;
  /** Time spent on each scene the room has left, in ms, by scene id (a scene seen twice adds up). */
  sceneMs: Record<string, number>;
  /**
   * At a vote, the option a key or a click has marked (never chosen: a clicker's slip must not commit a branch), and
   * when the confirm card for it opened (null while closed). Only a second, deliberate action chooses (use-present-keys.ts).
   */
  mark: string | null;
  confirmAt: number | null;
  /** Hands raised for each option, by choice id, as the facilitator counted them; kept for the workshop summary. */
  hands: Record<string, number>;
  /** Facilitator notes ticked as discussed: their story string keys (scene.<id>.note.<id>, panel.<id>.note.<id>). */
  discussed: string[];
  /** Bumped by every change; the higher one wins when the windows sync. */
  seq: number;
  /** The window that made the last change (breaks ties in seq). */
  by: string;
}

export type PresentEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'choose'; choiceId: string }
  /** Go to a page of a scene on the path: `depth` is the scene's index in the path (later scenes are left). */
  | { type: 'jump'; depth: number; pageId: string }
  | { type: 'black'; on?: boolean }
  /** Read aloud on the room's audio, or stop (without `on`: the other of the two). */
  | { type: 'narration'; on?: boolean }
  | { type: 'overview'; open: boolean }
  | { type: 'step'; size: StepSize }
  | { type: 'show-locked'; on: boolean }
  | { type: 'discussed'; noteKey: string; on: boolean }
  | { type: 'timer-reset'; at: number }
  | { type: 'timer-pause'; at: number }
  | { type: 'timer-resume'; at: number }
  /** Go to a page of any scene: one on the path is gone back to; another is reached by the shortest way from the start. */
  | { type: 'goto'; sceneId: string; pageId: string }
  /** Mark an option (null: none), or move the mark to the next (1) or previous (-1) option the room may take. */
  | { type: 'mark'; choiceId: string | null }
  | { type: 'mark-move'; by: 1 | -1 }
  /** Open the confirm card for the marked option at `at`, or close it (null). */
  | { type: 'confirm'; at: number | null }
  | { type: 'hands'; choiceId: string; count: number }
  | { type: 'restart'; at: number };

export function createSession(story: Story, now: number, by: string): PresentSession {
  return {
    version: SESSION_VERSION,
    storyId: story.id,
    reading: start(story),
    step: 'panel',
    endingPart: 'story',
    lessonsPage: 0,
    black: false,
    overview: false,
    narration: false,
    showLocked: true,
    startedAt: now,
    pausedAt: null,
    sceneSince: now,
    sceneMs: {},
    mark: null,
    confirmAt: null,
    hands: {},
    discussed: [],
    seq: 0,
    by,
  };
}

/**
 * Applies one event and marks the result as this window's newest change; returns the same object when nothing changed.
 * `now` (ms since the epoch) times the scene the room leaves; without it no time is counted.
 */
export function step(story: Story, session: PresentSession, event: PresentEvent, by: string, now?: number): PresentSession {
  const changed = reduce(story, session, event);
  if (changed === session) return session;
  const timed = now === undefined ? changed : timeScenes(session, changed, now);
  return { ...timed, seq: session.seq + 1, by };
}

const sceneOf = (session: PresentSession) => session.reading.path[session.reading.path.length - 1]!.scene;

/** When the room moves to another scene, the time on the one it leaves is added to that scene's count. */
function timeScenes(before: PresentSession, after: PresentSession, now: number): PresentSession {
  const left = sceneOf(before);
  if (sceneOf(after) === left || after.startedAt !== before.startedAt) return after;
  const until = before.pausedAt ?? now;
  const spent = Math.max(0, until - before.sceneSince);
  return { ...after, sceneMs: { ...after.sceneMs, [left]: (after.sceneMs[left] ?? 0) + spent }, sceneSince: until };
}

/** Whether `incoming` should replace `current` (it is a later change). */
export function newer(incoming: PresentSession, current: PresentSession): boolean {
  return incoming.seq > current.seq || (incoming.seq === current.seq && incoming.by > current.by);
}

/** The one of two states both windows keep: the newest. */
export function merge(current: PresentSession, incoming: PresentSession): PresentSession {
  return newer(incoming, current) ? incoming : current;
}

export function reduce(story: Story, session: PresentSession, event: PresentEvent): PresentSession {
  const reading = session.reading;
  switch (event.type) {
    case 'next':
      // With the screen black, the first press brings the room back to what it was looking at.
      if (session.black) return { ...session, black: false };
      if (reading.at.kind === 'ending') {
        const slides = endingSlides(story, session);
        const following = slides[slideIndex(slides, session) + 1];
        return following ? { ...session, endingPart: following.part, lessonsPage: following.page } : session;
      }
      return withReading(session, session.step === 'page' ? nextPage(story, reading) : next(story, reading));
    case 'back':
      if (session.black) return { ...session, black: false };
      if (reading.at.kind === 'ending' && session.endingPart !== 'story') {
        const slides = endingSlides(story, session);
        const previous = slides[slideIndex(slides, session) - 1] ?? slides[0]!;
        return { ...session, endingPart: previous.part, lessonsPage: previous.page };
      }
      return withReading(session, session.step === 'page' ? backPage(story, reading) : back(story, reading));
    case 'choose': {
      const result = choose(story, reading, event.choiceId);
      return result.ok ? withReading({ ...session, black: false }, result.state) : session;
    }
    case 'jump': {
      const step = reading.path[event.depth];
      const scene = step && sceneById(story, step.scene);
      const page = scene?.pages.find((item) => item.id === event.pageId);
      if (!page) return session;
      const target = restore(story, { ...reading, path: reading.path.slice(0, event.depth + 1), at: { kind: 'panel', panel: page.panels[0]!.id } });
      return withReading({ ...session, overview: false, black: false }, target.state);
    }
    case 'black': {
      const on = event.on ?? !session.black;
      return on === session.black ? session : { ...session, black: on };
    }
    case 'narration': {
      const on = event.on ?? !session.narration;
      return on === session.narration ? session : { ...session, narration: on };
    }
    case 'overview':
      return event.open === session.overview ? session : { ...session, overview: event.open };
    case 'step':
      return event.size === session.step ? session : { ...session, step: event.size };
    case 'show-locked':
      return event.on === session.showLocked ? session : { ...session, showLocked: event.on };
    case 'discussed': {
      const has = session.discussed.includes(event.noteKey);
      if (has === event.on) return session;
      return { ...session, discussed: event.on ? [...session.discussed, event.noteKey] : session.discussed.filter((key) => key !== event.noteKey) };
    }
    case 'timer-reset':
      return { ...session, startedAt: event.at, sceneSince: event.at, sceneMs: {}, pausedAt: session.pausedAt === null ? null : event.at };
    case 'timer-pause':
      return session.pausedAt !== null ? session : { ...session, pausedAt: event.at };
    case 'timer-resume': {
      if (session.pausedAt === null) return session;
      const paused = Math.max(0, event.at - session.pausedAt);
      return { ...session, pausedAt: null, startedAt: session.startedAt + paused, sceneSince: session.sceneSince + paused };
    }
    case 'goto':
      return goTo(story, session, event.sceneId, event.pageId);
    case 'mark': {
      const option = event.choiceId === null ? null : votingOptions(story, session).find((item) => item.id === event.choiceId && item.enabled);
      const mark = option ? option.id : null;
      return mark === session.mark && session.confirmAt === null ? session : { ...session, mark, confirmAt: null };
    }
    case 'mark-move': {
      const open = votingOptions(story, session).filter((option) => option.enabled);
      if (open.length === 0) return session;
      const at = open.findIndex((option) => option.id === session.mark);
      // Forward wraps round; backward from the first option leaves nothing marked (then "back" leaves the vote).
      const target = event.by > 0 ? open[(at + 1) % open.length]! : at > 0 ? open[at - 1]! : null;
      return { ...session, mark: target ? target.id : null, confirmAt: null };
    }
    case 'confirm':
      if (event.at !== null && session.mark === null) return session;
      return event.at === session.confirmAt ? session : { ...session, confirmAt: event.at };
    case 'hands': {
      const count = Math.max(0, Math.min(9999, Math.round(event.count)));
      if (!Number.isFinite(count) || session.hands[event.choiceId] === count) return session;
      return { ...session, hands: { ...session.hands, [event.choiceId]: count } };
    }
    case 'restart':
      // The facilitator's settings stay; the narration stops (a new group starts with the first panel in silence).
      return { ...createSession(story, event.at, session.by), step: session.step, showLocked: session.showLocked, seq: session.seq };
  }
}

function withReading(session: PresentSession, reading: ReadingState): PresentSession {
  if (reading === session.reading) return session;
  return { ...session, reading, endingPart: 'story', lessonsPage: 0, mark: null, confirmAt: null };
}

/** A page of any scene: back along the path if the scene is on it, else by the shortest way there from the start. */
function goTo(story: Story, session: PresentSession, sceneId: string, pageId: string): PresentSession {
  const scene = sceneById(story, sceneId);
  const page = scene?.pages.find((item) => item.id === pageId);
  if (!page) return session;
  const depth = session.reading.path.map((step) => step.scene).lastIndexOf(sceneId);
  if (depth >= 0) return reduce(story, session, { type: 'jump', depth, pageId });
  const path = wayTo(story, sceneId);
  if (!path) return session;
  const target = restore(story, { ...session.reading, path, at: { kind: 'panel', panel: page.panels[0]!.id } });
  return withReading({ ...session, overview: false, black: false }, target.state);
}

/**
 * The shortest way from the start to a scene that the story allows (conditions included), found breadth first over
 * the scenes, each reached once; null when no way is found.
 */
export function wayTo(story: Story, sceneId: string): PathStep[] | null {
  const queue: PathStep[][] = [[{ scene: story.start }]];
  const seen = new Set([story.start]);
  for (let head = 0; head < queue.length; head++) {
    const path = queue[head]!;
    if (path[path.length - 1]!.scene === sceneId) return path;
    const scene = sceneById(story, path[path.length - 1]!.scene);
    if (!scene) continue;
    const steps: PathStep[] =
      scene.then.kind === 'next'
        ? [{ scene: scene.then.scene }]
        : scene.then.kind === 'choices'
          ? scene.then.choices.map((choice) => ({ scene: choice.target, choice: choice.id }))
          : [];
    for (const next of steps) {
      if (seen.has(next.scene)) continue;
      const candidate = [...path, next];
      // The engine's restore() keeps only what the story allows: a step whose condition fails is cut off.
      if (restore(story, { version: STATE_VERSION, storyId: story.id, path: candidate, at: { kind: 'choices' } }).state.path.length !== candidate.length)
        continue;
      seen.add(next.scene);
      queue.push(candidate);
    }
  }
  return null;
}

/** The panels of the scene the reading is in, in reading order, and the index of the current one. */
function placesOf(story: Story, reading: ReadingState) {
  const sceneId = reading.path[reading.path.length - 1]!.scene;
  const places = scenePanels(sceneById(story, sceneId)!);
  const index = reading.at.kind === 'panel' ? places.findIndex((place) => place.panel.id === (reading.at as { panel: string }).panel) : -1;
  return { places, index };
}

export interface EndingStep {
  part: EndingPart;
  /** The lessons slide, for the 'lessons' part; 0 otherwise. */
  page: number;
}

/** The slides of the ending the room steps through: what happened, each lessons slide (if the path has any), the helplines. */
export function endingSlides(story: Story, session: Pick<PresentSession, 'reading'>): EndingStep[] {
  const beat = beatOf(story, session.reading);
  const pages = beat.kind === 'ending' ? lessonPages(beat.learned, beat.missed) : [];
  return [{ part: 'story', page: 0 }, ...pages.map((_, page) => ({ part: 'lessons' as const, page })), { part: 'helplines', page: 0 }];
}

function slideIndex(slides: EndingStep[], session: PresentSession): number {
  const index = slides.findIndex((slide) => slide.part === session.endingPart && (slide.part !== 'lessons' || slide.page === session.lessonsPage));
  return index < 0 ? 0 : index;
}

/** The first panel of the next page; past the scene's last page, whatever follows the scene (as the engine says). */
export function nextPage(story: Story, reading: ReadingState): ReadingState {
  const { places, index } = placesOf(story, reading);
  if (index < 0) return next(story, reading);
  const page = places[index]!.page;
  const following = places.slice(index + 1).find((place) => place.page !== page);
  if (following) return { ...reading, at: { kind: 'panel', panel: following.panel.id } };
  return next(story, { ...reading, at: { kind: 'panel', panel: places[places.length - 1]!.panel.id } });
}

/** The first panel of this page if the room is part-way through it, else the first panel of the page before. */
export function backPage(story: Story, reading: ReadingState): ReadingState {
  const { places, index } = placesOf(story, reading);
  const pageStart = (state: ReadingState): ReadingState => {
    const found = placesOf(story, state);
    if (found.index < 0) return state;
    const first = found.places.find((place) => place.page === found.places[found.index]!.page)!;
    return { ...state, at: { kind: 'panel', panel: first.panel.id } };
  };
  if (index < 0) return pageStart(back(story, reading));
  const start = pageStart(reading);
  if (start.at.kind === 'panel' && start.at.panel !== places[index]!.panel.id) return start;
  const previous = back(story, reading);
  return previous === reading ? reading : pageStart(previous);
}

/** What the projected screen shows now (the engine's beat). */
export function beatNow(story: Story, session: PresentSession) {
  return beatOf(story, session.reading);
}

/**
 * A stored or received session checked against the story as it is now: anything that is not a session of this
 * story gives null; a reading state that no longer fits is repaired by the engine's restore().
 */
export function readSession(story: Story, raw: unknown): PresentSession | null {
  if (!isRecord(raw) || raw.version !== SESSION_VERSION || raw.storyId !== story.id) return null;
  if (typeof raw.seq !== 'number' || typeof raw.by !== 'string' || typeof raw.startedAt !== 'number') return null;
  const reading = restore(story, raw.reading);
  if (reading.status === 'reset' && isRecord(raw.reading) && raw.reading.storyId !== story.id) return null;
  return {
    version: SESSION_VERSION,
    storyId: story.id,
    reading: reading.state,
    step: raw.step === 'page' ? 'page' : 'panel',
    ...endingPlace(story, reading.state, raw),
    black: raw.black === true,
    overview: raw.overview === true,
    narration: raw.narration === true,
    showLocked: raw.showLocked !== false,
    startedAt: noNegativeZero(raw.startedAt),
    pausedAt: typeof raw.pausedAt === 'number' ? noNegativeZero(raw.pausedAt) : null,
    sceneSince: noNegativeZero(typeof raw.sceneSince === 'number' ? raw.sceneSince : raw.startedAt),
    sceneMs: counts(raw.sceneMs),
    ...markOf(story, reading.state, raw),
    hands: counts(raw.hands),
    discussed: Array.isArray(raw.discussed) ? raw.discussed.filter((key): key is string => typeof key === 'string') : [],
    seq: noNegativeZero(raw.seq),
    by: raw.by,
  };
}

/** Where in the ending a stored session was, kept only if the ending (and that lessons slide) is still there. */
function endingPlace(story: Story, reading: ReadingState, raw: Record<string, unknown>): Pick<PresentSession, 'endingPart' | 'lessonsPage'> {
  const slides = reading.at.kind === 'ending' ? endingSlides(story, { reading }) : [];
  const page = typeof raw.lessonsPage === 'number' && Number.isInteger(raw.lessonsPage) ? raw.lessonsPage : 0;
  const found = slides.find((slide) => slide.part === raw.endingPart && (slide.part !== 'lessons' || slide.page === page));
  return found && found.part !== 'story' ? { endingPart: found.part, lessonsPage: found.page } : { endingPart: 'story', lessonsPage: 0 };
}

/** A record of non-negative numbers (times, hands), anything else dropped. */
function counts(value: unknown): Record<string, number> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0)
      .map(([key, count]) => [key, noNegativeZero(count)]),
  );
}

/** A number as JSON gives it back: JSON has no -0 (it is written "0"), so a -0 read in is kept as 0 and reads the same again. */
function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** A stored mark, kept only while the room is still at that vote and the option can still be taken. */
function markOf(story: Story, reading: ReadingState, raw: Record<string, unknown>): Pick<PresentSession, 'mark' | 'confirmAt'> {
  const beat = beatOf(story, reading);
  const marked = beat.kind === 'choices' && beat.options.some((option) => option.id === raw.mark && option.enabled);
  return marked ? { mark: raw.mark as string, confirmAt: typeof raw.confirmAt === 'number' ? raw.confirmAt : null } : { mark: null, confirmAt: null };
}

/** The options the room votes on, lettered A, B, C… in the engine's order; locked ones only when shown. */
export function votingOptions(story: Story, session: PresentSession) {
  const beat = beatOf(story, session.reading);
  if (beat.kind !== 'choices') return [];
  return beat.options.filter((option) => option.enabled || session.showLocked).map((option, index) => ({ ...option, letter: optionLetter(index) }));
}
