/**
 * What gets printed, page by page: printPlan(story, selection, options) gives the ordered pages (cover, comic pages
 * with their scene, the gamebook's choice blocks, lessons, helplines, notes pages that fill a booklet) with their
 * printed numbers. Pure TypeScript: the print screen draws it, the PDF tests check it.
 */
import { choose, currentScene, next, start, type PathStep, type ReadingState } from '../engine';
import type { Scene, Story } from '../story/schema';
import { conditionWords, gamebookOrder, type ConditionWords } from './gamebook';
import { paddedCount } from './impose';
import type { Layout } from './paper';

export type Selection =
  | { kind: 'all' }
  | { kind: 'gamebook' }
  | { kind: 'pages'; pages: string[] }
  /** The first path (in the author's choice order, conditions kept) that reaches this ending. */
  | { kind: 'ending-path'; ending: string }
  /** The path the reader took in the app (their saved reading). */
  | { kind: 'reader-path'; steps: PathStep[] };

export type Extra = 'cover' | 'lessons' | 'helplines';

export interface ChoiceLine {
  choiceId: string;
  page: number;
  condition?: ConditionWords;
}

/** What is printed under a scene's last page. */
export type SceneEnd =
  | { kind: 'choices'; sceneId: string; options: ChoiceLine[] }
  | { kind: 'turn'; page: number }
  | { kind: 'chosen'; choiceId: string }
  | { kind: 'ending'; endingId: string };

export type PrintedPage =
  | { kind: 'cover'; number: null }
  /** `opensScene`: the scene's first page, where its title is printed (a gamebook reader turns to it from elsewhere). */
  | {
      kind: 'comic';
      number: number;
      sceneId: string;
      pageId: string;
      opensScene: boolean;
      end: SceneEnd | null;
      /** Its balloons as a list under each panel (PlanOptions.textBelow). */
      textBelow?: true;
      /** The panels printed here, [from, to) by index, when the comic page is printed in parts (PlanOptions.breaks). */
      panels?: { from: number; to: number };
      /** A later part of the comic page: "page N, continued". */
      continued?: true;
    }
  /** The scene end of comic page `number`, on a page of its own right after it (PlanOptions.endsApart). */
  | { kind: 'scene-end'; number: number; sceneId: string; pageId: string; end: SceneEnd }
  | { kind: 'lessons'; number: number; lessonIds: string[] }
  | { kind: 'notes'; number: number }
  | { kind: 'helplines'; number: number };

export interface PlanOptions {
  layout: Layout;
  extras: readonly Extra[];
  lessonsPerPage: number;
  /**
   * Comic pages (by page ID) whose scene end is printed on the following page instead of under the art, because under
   * it the art would be too small to read (the print screen measures this). The numbers stay the same: the page after
   * is "page N, continued".
   */
  endsApart?: ReadonlySet<string>;
  /**
   * Comic pages (by page ID) whose balloons print as a list under each panel, because over the art they would print
   * smaller than paper allows (MIN_BALLOON_PT, measured by the print screen).
   */
  textBelow?: ReadonlySet<string>;
  /**
   * For a page with its text below: the panels (by index) that begin a new printed page, because the page is taller
   * than one. Each part shares the page's number (the later ones are "page N, continued"); the scene end is on the last.
   */
  breaks?: ReadonlyMap<string, readonly number[]>;
}

/**
 * Comic pages are numbered from 1 whatever the extras, so a gamebook's "turn to page 14" never changes with the cover,
 * the layout or the page size (a scene end printed apart shares its page's number); the cover is unnumbered, lessons and helplines follow the story, and notes pages fill a booklet or
 * zine to whole sheets, placed before a closing helplines page so the helplines stay on the back cover.
 */
export function printPlan(story: Story, selection: Selection, options: PlanOptions): PrintedPage[] {
  const comics = comicPages(story, selection);
  const apart = options.endsApart ?? new Set<string>();
  const printed = comics.flatMap((page): PrintedPage[] => {
    const parts = partsOf(story, page, options);
    const last = parts.at(-1)!;
    return page.end && apart.has(page.pageId)
      ? [...parts.slice(0, -1), { ...last, end: null }, { kind: 'scene-end', number: page.number, sceneId: page.sceneId, pageId: page.pageId, end: page.end }]
      : parts;
  });
  const extras = options.extras;
  const lessons = extras.includes('lessons') ? chunk(taughtLessons(story), options.lessonsPerPage) : [];
  const tail: PrintedPage['kind'][] = [...lessons.map(() => 'lessons' as const), ...(extras.includes('helplines') ? ['helplines' as const] : [])];
  const front = extras.includes('cover') ? 1 : 0;
  const used = front + printed.length + tail.length;
  const pads = paddedCount(used, options.layout) - used;
  const helplinesLast = tail.at(-1) === 'helplines';
  const after = [...(helplinesLast ? tail.slice(0, -1) : tail), ...Array<'notes'>(pads).fill('notes'), ...(helplinesLast ? ['helplines' as const] : [])];
  let number = comics.length;
  let lessonIndex = 0;
  const rest = after.map((kind): PrintedPage => {
    number += 1;
    if (kind === 'lessons') return { kind, number, lessonIds: lessons[lessonIndex++]! };
    return { kind: kind as 'notes' | 'helplines', number };
  });
  return [...(front ? [{ kind: 'cover', number: null } as const] : []), ...printed, ...rest];
}

type ComicPage = Extract<PrintedPage, { kind: 'comic' }>;

/** A comic page as printed: whole, or with its text below, in parts at the breaks (the scene's title on the first). */
function partsOf(story: Story, page: ComicPage, options: PlanOptions): ComicPage[] {
  if (!options.textBelow?.has(page.pageId)) return [page];
  const count = story.scenes.find((scene) => scene.id === page.sceneId)?.pages.find((item) => item.id === page.pageId)?.panels.length ?? 0;
  const breaks = [...new Set(options.breaks?.get(page.pageId) ?? [])].filter((index) => index > 0 && index < count).sort((a, b) => a - b);
  const starts = [0, ...breaks];
  return starts.map((from, index) => {
    const last = index === starts.length - 1;
    return {
      ...page,
      opensScene: index === 0 && page.opensScene,
      end: last ? page.end : null,
      textBelow: true,
      ...(breaks.length > 0 ? { panels: { from, to: last ? count : starts[index + 1]! } } : {}),
      ...(index > 0 ? { continued: true as const } : {}),
    };
  });
}

function comicPages(story: Story, selection: Selection): ComicPage[] {
  const scenes = new Map(story.scenes.map((scene) => [scene.id, scene]));
  if (selection.kind === 'gamebook')
    return gamebookPages(
      story,
      gamebookOrder(story).map((id) => scenes.get(id)!),
    );
  if (selection.kind === 'pages') {
    const wanted = new Set(selection.pages);
    return numbered(story.scenes.flatMap((scene) => scene.pages.filter((page) => wanted.has(page.id)).map((page) => ({ scene, pageId: page.id, end: null }))));
  }
  if (selection.kind === 'all')
    return numbered(story.scenes.flatMap((scene) => scenePages(scene, scene.then.kind === 'ending' ? { kind: 'ending', endingId: scene.then.ending } : null)));
  const steps = selection.kind === 'reader-path' ? selection.steps : (pathToEnding(story, selection.ending) ?? []);
  return numbered(
    steps.flatMap((step, index) => {
      const scene = scenes.get(step.scene);
      if (!scene) return [];
      const chosen = steps[index + 1]?.choice;
      const end: SceneEnd | null = chosen
        ? { kind: 'chosen', choiceId: chosen }
        : scene.then.kind === 'ending'
          ? { kind: 'ending', endingId: scene.then.ending }
          : null;
      return scenePages(scene, end);
    }),
  );
}

function scenePages(scene: Scene, end: SceneEnd | null): { scene: Scene; pageId: string; end: SceneEnd | null }[] {
  return scene.pages.map((page, index) => ({ scene, pageId: page.id, end: index === scene.pages.length - 1 ? end : null }));
}

function numbered(pages: { scene: Scene; pageId: string; end: SceneEnd | null }[]): ComicPage[] {
  return pages.map(({ scene, pageId, end }, index) => ({
    kind: 'comic',
    number: index + 1,
    sceneId: scene.id,
    pageId,
    opensScene: scene.pages[0]?.id === pageId,
    end,
  }));
}

/** Every scene once, in gamebook order, its last page telling where to turn. */
function gamebookPages(story: Story, scenes: Scene[]): ComicPage[] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  let count = 0;
  for (const scene of scenes) {
    first.set(scene.id, count + 1);
    count += scene.pages.length;
    last.set(scene.id, count);
  }
  const choiceScene = new Map(
    story.scenes.flatMap((scene) => (scene.then.kind === 'choices' ? scene.then.choices.map((choice) => [choice.id, scene.id] as const) : [])),
  );
  const where = { sceneStart: (id: string) => first.get(id), choicePage: (id: string) => last.get(choiceScene.get(id) ?? '') };
  return numbered(
    scenes.flatMap((scene) => {
      const end = scene.then;
      if (end.kind === 'ending') return scenePages(scene, { kind: 'ending', endingId: end.ending });
      if (end.kind === 'next')
        return scenePages(scene, first.get(end.scene) === last.get(scene.id)! + 1 ? null : { kind: 'turn', page: first.get(end.scene)! });
      const options = end.choices.map((choice) => ({
        choiceId: choice.id,
        page: first.get(choice.target)!,
        ...(choice.condition ? { condition: conditionWords(story, choice.condition, where) } : {}),
      }));
      return scenePages(scene, { kind: 'choices', sceneId: scene.id, options });
    }),
  );
}

/** The scenes of the first path that reaches an ending, found breadth first in the author's choice order. */
export function pathToEnding(story: Story, endingId: string): PathStep[] | null {
  const seen = new Set<string>();
  const queue: ReadingState[] = [toSceneEnd(story, start(story))];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const key = JSON.stringify([state.path.at(-1)!.scene, [...state.flags].sort(), [...state.visited].sort(), [...state.lessons].sort()]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (state.at.kind === 'ending') {
      const scene = currentScene(story, state);
      if (scene?.then.kind === 'ending' && scene.then.ending === endingId) return state.path;
      continue;
    }
    const scene = currentScene(story, state);
    if (scene.then.kind !== 'choices') continue;
    for (const choice of scene.then.choices) {
      const result = choose(story, state, choice.id);
      if (result.ok) queue.push(toSceneEnd(story, result.state));
    }
  }
  return null;
}

/** Reads on through panels and "next" links to the next choice point or ending. */
function toSceneEnd(story: Story, state: ReadingState): ReadingState {
  let current = state;
  while (current.at.kind === 'panel') current = next(story, current);
  return current;
}

/** Lessons the story teaches anywhere, in the order a reader of the gamebook meets them. */
function taughtLessons(story: Story): string[] {
  const lessons = new Set<string>();
  const scenes = new Map(story.scenes.map((scene) => [scene.id, scene]));
  for (const id of gamebookOrder(story)) {
    const scene = scenes.get(id)!;
    scene.teaches?.forEach((lesson) => lessons.add(lesson));
    if (scene.then.kind === 'choices') scene.then.choices.forEach((choice) => choice.teaches?.forEach((lesson) => lessons.add(lesson)));
    if (scene.then.kind === 'ending')
      story.endings.find((ending) => ending.id === (scene.then as { ending: string }).ending)?.teaches?.forEach((lesson) => lessons.add(lesson));
  }
  return [...lessons];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
