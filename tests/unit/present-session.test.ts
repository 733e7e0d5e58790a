/** The facilitator session: the events both windows apply, and how two windows' states converge. */
import { describe, expect, it } from 'vitest';
import { beatOf } from '../../src/engine';
import { createSession, merge, newer, readSession, step, votingOptions, wayTo, type PresentEvent, type PresentSession } from '../../src/present/session';
import { lessonPages } from '../../src/present/lesson-pages';
import { readReport } from '../../src/present/narration/narration-report';
import { stripLayout } from '../../src/present/strip-layout';
import type { Story } from '../../src/story/schema';
import { bundledStory } from '../fixtures/bundled-story';

const load = bundledStory;
const sample = load('sample');
const jalanSari = load('jalan-sari');

function run(story: Story, session: PresentSession, ...events: PresentEvent[]): PresentSession {
  return events.reduce((current, event) => step(story, current, event, 'room'), session);
}

const at = (story: Story, session: PresentSession) => beatOf(story, session.reading);
/** Steps panel by panel to the next vote or ending, then takes `choiceId` there if given. */
function onTo(story: Story, session: PresentSession, choiceId?: string): PresentSession {
  let current = session;
  for (let guard = 0; guard < 100 && at(story, current).kind === 'panel'; guard++) current = run(story, current, { type: 'next' });
  return choiceId ? run(story, current, { type: 'choose', choiceId }) : current;
}
const panelOf = (story: Story, session: PresentSession) => {
  const beat = at(story, session);
  return beat.kind === 'panel' ? beat.panelId : beat.kind;
};

describe('stepping through the story', () => {
  it('goes panel by panel to the vote, and the letters pick options in the engine order', () => {
    let session = run(sample, createSession(sample, 1000, 'room'), { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(at(sample, session).kind).toBe('choices');
    expect(votingOptions(sample, session).map((option) => `${option.letter}:${option.id}`)).toEqual(['A:ask-disnaker', 'B:take-money']);
    session = run(sample, session, { type: 'choose', choiceId: 'take-money' });
    expect(panelOf(sample, session)).toBe('calo-1');
    expect(session.seq).toBe(4);
  });

  it('goes page by page: the first panel of each page, then on past the scene', () => {
    let session = run(jalanSari, createSession(jalanSari, 0, 'room'), { type: 'step', size: 'page' }, { type: 'next' });
    expect(panelOf(jalanSari, session)).toBe('tawaran-4');
    session = run(jalanSari, session, { type: 'next' });
    expect(at(jalanSari, session).kind).toBe('choices');
    session = run(jalanSari, session, { type: 'back' });
    expect(panelOf(jalanSari, session)).toBe('tawaran-4');
    session = run(jalanSari, session, { type: 'back' });
    expect(panelOf(jalanSari, session)).toBe('tawaran-1');
    // Part-way through a page (switched from panel steps), back goes to that page's start.
    session = run(jalanSari, session, { type: 'step', size: 'panel' }, { type: 'next' }, { type: 'step', size: 'page' }, { type: 'back' });
    expect(panelOf(jalanSari, session)).toBe('tawaran-1');
  });

  it('refuses an unavailable option and offers it only while locked options are shown', () => {
    let session = run(
      sample,
      createSession(sample, 0, 'room'),
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'choose', choiceId: 'take-money' },
      { type: 'next' },
      { type: 'next' },
    );
    const options = votingOptions(sample, session);
    expect(options.find((option) => option.id === 'go-official')).toMatchObject({ enabled: false, letter: 'A' });
    const before = session;
    session = run(sample, session, { type: 'choose', choiceId: 'go-official' });
    expect(session).toBe(before);
    session = run(sample, session, { type: 'show-locked', on: false });
    expect(votingOptions(sample, session).map((option) => option.letter + option.id)).toEqual(['Ago-with-darto', 'Brefuse-darto']);
  });

  it('blacks out; the next key first brings the picture back, then moves on', () => {
    let session = run(sample, createSession(sample, 0, 'room'), { type: 'black' });
    expect(session.black).toBe(true);
    session = run(sample, session, { type: 'next' });
    expect(session.black).toBe(false);
    expect(panelOf(sample, session)).toBe('warung-1');
    session = run(sample, session, { type: 'next' });
    expect(panelOf(sample, session)).toBe('warung-2');
  });

  it('steps through the ending: what happened, the lessons, the helplines; back returns the same way', () => {
    let session = run(
      sample,
      createSession(sample, 0, 'room'),
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'choose', choiceId: 'take-money' },
      { type: 'next' },
      { type: 'next' },
      { type: 'choose', choiceId: 'go-with-darto' },
      { type: 'next' },
    );
    expect(at(sample, session)).toMatchObject({ kind: 'ending', endingId: 'bad-stranded' });
    expect(session.endingPart).toBe('story');
    session = run(sample, session, { type: 'next' });
    expect(session.endingPart).toBe('lessons');
    session = run(sample, session, { type: 'next' });
    expect(session.endingPart).toBe('helplines');
    expect(run(sample, session, { type: 'next' })).toBe(session);
    session = run(sample, session, { type: 'back' }, { type: 'back' });
    expect(session.endingPart).toBe('story');
    expect(at(sample, session).kind).toBe('ending');
    session = run(sample, session, { type: 'back' });
    expect(panelOf(sample, session)).toBe('bad-1');
  });

  it('shows a long path’s lessons four to a slide, and comes back through them from the helplines', () => {
    // Jalan Sari's good ending teaches nine lessons: three slides, then the helplines.
    let session = createSession(jalanSari, 0, 'room');
    for (const choice of ['terima-uang', 'minta-jelaskan', 'kembalikan-uang', undefined]) session = onTo(jalanSari, session, choice);
    const ending = at(jalanSari, session);
    expect(ending).toMatchObject({ kind: 'ending', endingId: 'berangkat-aman' });
    expect(ending.kind === 'ending' && ending.learned.length).toBe(9);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      session = run(jalanSari, session, { type: 'next' });
      seen.push(`${session.endingPart}${session.endingPart === 'lessons' ? session.lessonsPage : ''}`);
    }
    expect(seen).toEqual(['lessons0', 'lessons1', 'lessons2', 'helplines']);
    session = run(jalanSari, session, { type: 'back' });
    expect([session.endingPart, session.lessonsPage]).toEqual(['lessons', 2]);
    // A reload keeps the slide; one the ending no longer has falls back to what happened.
    expect(readSession(jalanSari, JSON.parse(JSON.stringify(session)))).toMatchObject({ endingPart: 'lessons', lessonsPage: 2 });
    expect(readSession(jalanSari, { ...session, lessonsPage: 7 })).toMatchObject({ endingPart: 'story', lessonsPage: 0 });
    // A session kept before slides were numbered has no lessonsPage: it reads as the first lessons slide.
    const older: Partial<PresentSession> = JSON.parse(JSON.stringify(session));
    delete older.lessonsPage;
    expect(readSession(jalanSari, older)).toMatchObject({ endingPart: 'lessons', lessonsPage: 0 });
    // Back to the story: the ending's first slide again.
    session = run(jalanSari, session, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect([session.endingPart, session.lessonsPage]).toEqual(['story', 0]);
  });

  it('jumps to a page of a scene on the path, leaving the later scenes, and closes the overview', () => {
    let session = run(
      sample,
      createSession(sample, 0, 'room'),
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'choose', choiceId: 'ask-disnaker' },
      { type: 'overview', open: true },
    );
    session = run(sample, session, { type: 'jump', depth: 0, pageId: 'page-1' });
    expect(panelOf(sample, session)).toBe('warung-1');
    expect(session.reading.path).toEqual([{ scene: 'warung' }]);
    expect(session.reading.lessons).toEqual([]);
    expect(session.overview).toBe(false);
    expect(run(sample, session, { type: 'jump', depth: 4, pageId: 'page-1' })).toBe(session);
  });

  it('ticks and unticks discussed questions, resets the timer and restarts', () => {
    let session = run(sample, createSession(sample, 0, 'room'), { type: 'discussed', noteKey: 'scene.warung.note.q1', on: true });
    expect(session.discussed).toEqual(['scene.warung.note.q1']);
    expect(run(sample, session, { type: 'discussed', noteKey: 'scene.warung.note.q1', on: true })).toBe(session);
    session = run(sample, session, { type: 'timer-reset', at: 5000 }, { type: 'next' }, { type: 'restart', at: 9000 });
    expect(session).toMatchObject({ startedAt: 9000, discussed: [], seq: 4 });
    expect(panelOf(sample, session)).toBe('warung-1');
  });
});

describe('two windows in sync', () => {
  it('the later change wins, whichever window made it, and ties go the same way in both windows', () => {
    const base = createSession(sample, 0, 'a');
    const room = step(sample, base, { type: 'next' }, 'room');
    const presenter = step(sample, room, { type: 'black' }, 'presenter');
    expect(merge(room, presenter)).toBe(presenter);
    expect(merge(presenter, room)).toBe(presenter);
    // Both changed the same state at once: both windows settle on the same one.
    const left = step(sample, base, { type: 'next' }, 'presenter');
    const right = step(sample, base, { type: 'black' }, 'room');
    expect(merge(left, right)).toBe(merge(right, left));
    expect(newer(room, room)).toBe(false);
  });

  it('reads back a stored or received session, repairing what the story no longer has', () => {
    const session = run(sample, createSession(sample, 0, 'room'), { type: 'next' });
    const copy = readSession(sample, JSON.parse(JSON.stringify(session)));
    expect(copy).toEqual(session);
    const stale = { ...JSON.parse(JSON.stringify(session)), reading: { ...session.reading, at: { kind: 'panel', panel: 'gone' } } };
    expect(panelOf(sample, readSession(sample, stale)!)).toBe('warung-1');
    expect(readSession(sample, { ...session, storyId: 'other' })).toBeNull();
    expect(readSession(sample, { ...session, version: 99 })).toBeNull();
    expect(readSession(sample, 'nonsense')).toBeNull();
    expect(readSession(jalanSari, session)).toBeNull();
  });

  it('reads a received -0 as 0, so the session reads the same once stored (JSON writes -0 as 0)', () => {
    // Found by the property test: a window's message carried seq -0; stored and read again it was 0, another session.
    const session = createSession(sample, 0, 'room');
    const received = readSession(sample, { ...session, seq: -0, startedAt: -0, sceneSince: -0, sceneMs: { warung: -0 }, hands: { a: -0 } })!;
    for (const value of [received.seq, received.startedAt, received.sceneSince, received.sceneMs.warung, received.hands.a])
      expect(Object.is(value, 0)).toBe(true);
    expect(readSession(sample, JSON.parse(JSON.stringify(received)))).toEqual(received);
  });
});

describe('the narration, relayed to the room', () => {
  it('is toggled by L in either window, kept through a reload, and stopped by a restart', () => {
    const fresh = createSession(sample, 0, 'room');
    expect(fresh.narration).toBe(false);
    // The presenter window's L: the room's copy takes it by seq, as any other change.
    const on = step(sample, fresh, { type: 'narration' }, 'presenter');
    expect(on).toMatchObject({ narration: true, seq: 1, by: 'presenter' });
    expect(merge(fresh, on).narration).toBe(true);
    // Reading on as the facilitator turns: stepping keeps it on.
    const turned = run(sample, on, { type: 'next' }, { type: 'black' }, { type: 'next' });
    expect(turned.narration).toBe(true);
    // An explicit "on" when on changes nothing (no new seq to send).
    expect(step(sample, turned, { type: 'narration', on: true }, 'room')).toBe(turned);
    // The room window's L turns it off again.
    expect(step(sample, turned, { type: 'narration' }, 'room').narration).toBe(false);
    // Kept with the session: a reload of either window reads it back; anything but true reads as off.
    expect(readSession(sample, JSON.parse(JSON.stringify(turned)))!.narration).toBe(true);
    expect(readSession(sample, { ...turned, narration: 'yes' })!.narration).toBe(false);
    const older: Partial<PresentSession> = { ...turned };
    delete older.narration;
    expect(readSession(sample, older)!.narration).toBe(false);
    // A new group starts in silence.
    expect(step(sample, turned, { type: 'restart', at: 5 }, 'room').narration).toBe(false);
  });

  it('reads what the room says of its audio only when it is a report', () => {
    expect(readReport({ status: 'reading', words: { key: 'panel.warung-1.balloon.darto', namespace: 'story' }, downloadFailed: false })).toEqual({
      status: 'reading',
      words: { key: 'panel.warung-1.balloon.darto', namespace: 'story' },
      downloadFailed: false,
    });
    expect(readReport({ status: 'refused', words: { key: 3, namespace: 'story' } })).toEqual({ status: 'refused', words: null, downloadFailed: false });
    expect(readReport({ status: 'shouting' })).toBeNull();
    expect(readReport(null)).toBeNull();
    expect(readReport({ status: 'reading', words: { key: 'x', namespace: 'html' }, downloadFailed: 'yes' })).toEqual({
      status: 'reading',
      words: null,
      downloadFailed: false,
    });
  });
});

describe('a vote a slip cannot commit', () => {
  const atVote = () => run(sample, createSession(sample, 0, 'room'), { type: 'next' }, { type: 'next' }, { type: 'next' });

  it('moves a mark over the options that can be taken, wrapping forward, and back off the first', () => {
    let session = atVote();
    expect(session.mark).toBeNull();
    session = run(sample, session, { type: 'mark-move', by: 1 });
    expect(session.mark).toBe('ask-disnaker');
    session = run(sample, session, { type: 'mark-move', by: 1 }, { type: 'mark-move', by: 1 });
    expect(session.mark).toBe('ask-disnaker');
    session = run(sample, session, { type: 'mark-move', by: -1 });
    expect(session.mark).toBeNull();
    expect(at(sample, session).kind).toBe('choices');
  });

  it('never marks a locked option, opens the confirm card only for a mark, and forgets both once the room moves on', () => {
    let session = run(sample, onTo(sample, atVote(), 'take-money'), { type: 'next' }, { type: 'next' });
    expect(at(sample, session).kind).toBe('choices');
    expect(run(sample, session, { type: 'mark', choiceId: 'go-official' }).mark).toBeNull();
    expect(run(sample, session, { type: 'confirm', at: 5 }).confirmAt).toBeNull();
    session = run(sample, session, { type: 'mark-move', by: 1 });
    expect(session.mark).not.toBe('go-official');
    session = run(sample, session, { type: 'confirm', at: 5 });
    expect(session.confirmAt).toBe(5);
    session = run(sample, session, { type: 'choose', choiceId: session.mark! });
    expect(session.mark).toBeNull();
    expect(session.confirmAt).toBeNull();
  });

  it('keeps the hands counted for each option, whole and not negative', () => {
    const session = run(sample, atVote(), { type: 'hands', choiceId: 'ask-disnaker', count: 12.4 }, { type: 'hands', choiceId: 'take-money', count: -3 });
    expect(session.hands).toEqual({ 'ask-disnaker': 12, 'take-money': 0 });
    expect(readSession(sample, JSON.parse(JSON.stringify(session)))!.hands).toEqual(session.hands);
  });
});

describe('the timer and the time per scene', () => {
  it('stops while paused and adds the time on a scene when the room leaves it', () => {
    let session = createSession(sample, 0, 'room');
    const timed = (current: PresentSession, event: PresentEvent, now: number) => step(sample, current, event, 'room', now);
    session = timed(session, { type: 'next' }, 10_000);
    session = timed(session, { type: 'timer-pause', at: 20_000 }, 20_000);
    session = timed(session, { type: 'timer-resume', at: 80_000 }, 80_000);
    expect(session.startedAt).toBe(60_000);
    session = timed(session, { type: 'next' }, 90_000);
    session = timed(session, { type: 'next' }, 95_000);
    session = timed(session, { type: 'choose', choiceId: 'ask-disnaker' }, 100_000);
    // 100 s on the clock, less the minute paused.
    expect(session.sceneMs).toEqual({ warung: 40_000 });
    expect(session.sceneSince).toBe(100_000);
  });

  it('reads a session stored before the timer could pause as running, with no times yet', () => {
    const older: Record<string, unknown> = { ...createSession(sample, 7, 'room') };
    for (const key of ['pausedAt', 'sceneSince', 'sceneMs', 'mark', 'confirmAt', 'hands']) delete older[key];
    const read = readSession(sample, older)!;
    expect(read).toMatchObject({ pausedAt: null, sceneSince: 7, sceneMs: {}, mark: null, confirmAt: null, hands: {} });
  });
});

describe('going anywhere in the story', () => {
  it('finds the shortest way the story allows to a scene not yet visited, and goes to its page', () => {
    const target = jalanSari.scenes[jalanSari.scenes.length - 1]!;
    const path = wayTo(jalanSari, target.id)!;
    expect(path[0]!.scene).toBe(jalanSari.start);
    expect(path.at(-1)!.scene).toBe(target.id);
    const session = run(jalanSari, createSession(jalanSari, 0, 'room'), { type: 'goto', sceneId: target.id, pageId: target.pages[0]!.id });
    expect(session.reading.path).toEqual(path);
    expect(panelOf(jalanSari, session)).toBe(target.pages[0]!.panels[0]!.id);
    expect(run(jalanSari, session, { type: 'goto', sceneId: 'nowhere', pageId: 'x' })).toBe(session);
  });
});

describe('the lessons of an ending on the wall', () => {
  const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
  const shape = (learned: number, missed: number) =>
    lessonPages(ids(learned, 'l'), ids(missed, 'm')).map((page) => `${page.status}:${page.lessons.length}+${page.alsoMissed.length}`);

  it('puts at most four big cards on a slide, in the order the path met them', () => {
    expect(shape(9, 0)).toEqual(['learned:4+0', 'learned:4+0', 'learned:1+0']);
    expect(lessonPages(ids(5, 'l'), [])[1]!.lessons).toEqual(['l5']);
    expect(shape(0, 5)).toEqual(['missed:4+0', 'missed:1+0']);
    expect(shape(0, 0)).toEqual([]);
  });

  it('shows missed lessons as labels under one row of learned cards, else as cards of their own', () => {
    expect(shape(2, 7)).toEqual(['learned:2+7']);
    expect(shape(5, 2)).toEqual(['learned:4+0', 'learned:1+2']);
    expect(shape(3, 2)).toEqual(['learned:3+0', 'missed:2+0']);
    expect(shape(1, 9)).toEqual(['learned:1+0', 'missed:4+0', 'missed:4+0', 'missed:1+0']);
  });
});

describe('a page laid out for the wall', () => {
  it('puts a wide panel and two narrow ones in one row, filling the width', () => {
    const layout = stripLayout([1.28, 0.825, 0.825], 16 / 9);
    expect(layout.rows).toEqual([[0, 1, 2]]);
    const width = (1.28 + 0.825 + 0.825) * layout.heights[0]! + 0.02 * 2;
    expect(width).toBeCloseTo(16 / 9, 5);
  });

  it('uses two rows when one row would make the panels small, never overflowing the height', () => {
    const layout = stripLayout([1.3, 1.3, 1.3, 1.3], 16 / 9);
    expect(layout.rows.length).toBe(2);
    expect(layout.heights.reduce((sum, height) => sum + height, 0) + 0.02).toBeLessThanOrEqual(1 + 1e-9);
    expect(layout.rows).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('gives a single tall panel the full height', () => {
    expect(stripLayout([0.7071], 16 / 9)).toEqual({ rows: [[0]], heights: [1] });
  });
});
