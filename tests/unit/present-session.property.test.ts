/**
 * A facilitator's session is stored state too (komik-saku/present/<story>, and what the other window sends): any
 * session the two windows can reach reads back whole, and whatever is stored or received instead (damaged in any
 * part, or any JSON at all) is refused or read into a session both windows can go on with, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beatNow, createSession, endingSlides, readSession, step, votingOptions, type PresentEvent, type PresentSession } from '../../src/present/session';
import { bundledStory } from '../fixtures/bundled-story';
import { damaged } from '../support/damaged';

const story = bundledStory('sample');
const choiceIds = story.scenes.flatMap((scene) => (scene.then.kind === 'choices' ? scene.then.choices.map((option) => option.id) : []));
const sceneIds = story.scenes.map((scene) => scene.id);
const pageIds = story.scenes.flatMap((scene) => scene.pages.map((page) => page.id));
const time = fc.integer({ min: 0, max: 10_000_000 });

/** What either window can send: every kind of event, with the story's own IDs and some it does not have. */
const event: fc.Arbitrary<PresentEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'back' as const }) },
  { weight: 3, arbitrary: fc.constantFrom(...choiceIds, 'gone').map((choiceId) => ({ type: 'choose' as const, choiceId })) },
  fc.record({ type: fc.constant('jump' as const), depth: fc.integer({ min: -1, max: 6 }), pageId: fc.constantFrom(...pageIds, 'gone') }),
  fc.record({ type: fc.constant('goto' as const), sceneId: fc.constantFrom(...sceneIds, 'gone'), pageId: fc.constantFrom(...pageIds, 'gone') }),
  fc.record({ type: fc.constant('black' as const), on: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.record({ type: fc.constant('overview' as const), open: fc.boolean() }),
  fc.record({ type: fc.constant('step' as const), size: fc.constantFrom('panel' as const, 'page' as const) }),
  fc.record({ type: fc.constant('show-locked' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('discussed' as const), noteKey: fc.constantFrom('scene.a.q1', '__proto__', 'constructor'), on: fc.boolean() }),
  fc.record({ type: fc.constantFrom('timer-reset' as const, 'timer-pause' as const, 'timer-resume' as const, 'restart' as const), at: time }),
  fc.record({ type: fc.constant('mark' as const), choiceId: fc.option(fc.constantFrom(...choiceIds), { nil: null }) }),
  fc.record({ type: fc.constant('mark-move' as const), by: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ type: fc.constant('confirm' as const), at: fc.option(time, { nil: null }) }),
  fc.record({ type: fc.constant('hands' as const), choiceId: fc.constantFrom(...choiceIds, '__proto__'), count: fc.integer({ min: -3, max: 40 }) }),
);

const run = (session: PresentSession, events: PresentEvent[], now: number) =>
  events.reduce((current, item, index) => step(story, current, item, index % 2 ? 'room' : 'presenter', now + index), session);
/** Reads on through the story: at a vote, hands counted and the option `picks` names taken; else the next step. */
function walk(session: PresentSession, picks: number[], now: number): PresentSession {
  return picks.reduce((current, pick, index) => {
    const beat = beatNow(story, current);
    const options = beat.kind === 'choices' ? beat.options.filter((item) => item.enabled) : [];
    const option = options[pick % Math.max(1, options.length)];
    const events: PresentEvent[] = option
      ? [
          { type: 'hands', choiceId: option.id, count: pick % 30 },
          { type: 'choose', choiceId: option.id },
        ]
      : [{ type: 'next' }];
    const checked = run(current, [...events, { type: 'discussed', noteKey: 'scene.a.q1', on: pick % 2 === 0 }], now + index * 1000);
    votingOptions(story, checked);
    endingSlides(story, checked);
    return checked;
  }, session);
}

/** Any session the windows can reach: events of every kind, and a way through the story's votes to its endings. */
const reached = fc
  .tuple(fc.array(event, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 40 }), fc.array(event, { maxLength: 8 }), time)
  .map(([events, picks, after, now]) => run(walk(run(createSession(story, now, 'room'), events, now), picks, now + 100_000), after, now + 200_000));
const stored = (session: PresentSession) => JSON.parse(JSON.stringify(session)) as unknown;

const counts = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((count) => typeof count === 'number' && Number.isFinite(count) && count >= 0);
const orNull = (value: unknown, type: string) => value === null || typeof value === type;

/** Every field is what the windows and the workshop summary expect (PresentSession). */
function expectWellFormed(session: PresentSession): void {
  const {
    reading,
    step: size,
    endingPart,
    lessonsPage,
    black,
    overview,
    showLocked,
    startedAt,
    pausedAt,
    sceneSince,
    sceneMs,
    mark,
    confirmAt,
    hands,
    discussed,
    seq,
    by,
  } = session;
  expect(reading.storyId).toBe(story.id);
  expect([size, endingPart, Number.isInteger(lessonsPage) && lessonsPage >= 0]).toEqual([
    expect.stringMatching(/^(panel|page)$/),
    expect.stringMatching(/^(story|lessons|helplines)$/),
    true,
  ]);
  expect([black, overview, showLocked].every((flag) => typeof flag === 'boolean')).toBe(true);
  expect(
    [startedAt, sceneSince, seq].every(Number.isFinite) &&
      orNull(pausedAt, 'number') &&
      orNull(confirmAt, 'number') &&
      orNull(mark, 'string') &&
      typeof by === 'string',
  ).toBe(true);
  expect(counts(sceneMs) && counts(hands) && Array.isArray(discussed) && discussed.every((key) => typeof key === 'string')).toBe(true);
}

/** The session can be shown and stepped on, to other scenes, through votes and endings, without an exception. */
function goesOn(session: PresentSession, events: PresentEvent[]): void {
  const after = walk(
    run(session, events, 20_000_000),
    Array.from({ length: 40 }, (_, index) => index),
    30_000_000,
  );
  expectWellFormed(after);
}

describe('a stored or received session', { timeout: 120_000 }, () => {
  it('that the windows reached reads back whole', () => {
    fc.assert(
      fc.property(reached, (session) => {
        expect(readSession(story, stored(session))).toEqual(session);
      }),
      { numRuns: 400 },
    );
  });

  it('damaged in any part, or any JSON at all, is refused or read into a session that goes on, and reads the same again', () => {
    const damage = fc.record({
      where: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', 'constructor', -1, null, 1e308, [null], 'x'.repeat(10_000))),
    });
    const raw = fc.oneof(
      fc.tuple(reached, damage).map(([session, { where, value }]) => damaged(stored(session), where, value)),
      fc.jsonValue({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(raw, fc.array(event, { maxLength: 20 }), (value, events) => {
        const session = readSession(story, value);
        if (session === null) return;
        expectWellFormed(session);
        goesOn(session, events);
        expect(readSession(story, stored(session))).toEqual(session);
      }),
      { numRuns: 1000 },
    );
  });
});
