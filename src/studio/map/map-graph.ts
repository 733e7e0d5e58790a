/**
 * The story as the map draws it: a box per scene and per ending, a link for each way out of a scene (its next scene,
 * each choice, its ending). Pure: the marks come from the live check's problems (the checker's and the engine's path
 * rules), never from a second reachability walk.
 */
import type { Problem } from '../../story/problem';
import type { Story } from '../../story/schema';
import { placeOf } from '../check/place';
import { storyFileOf } from '../check/live-check';

/** What the map marks on a scene; "start" is the story's own field, the rest are the live check's problems. */
export type SceneMark = 'start' | 'unreachable' | 'dead-end' | 'no-ending' | 'broken';

/** Problem codes the map shows on the scene they are placed in. */
const MARK_OF_CODE: Record<string, SceneMark> = {
  'unreachable-scene': 'unreachable',
  'dead-end': 'dead-end',
  'no-ending': 'no-ending',
  'broken-target': 'broken',
};

const MARK_ORDER: SceneMark[] = ['start', 'unreachable', 'dead-end', 'no-ending', 'broken'];

/** A way out of a scene, drawn as a handle on its box: "next" (its next scene or its ending) or one choice. */
export interface Exit {
  handle: string;
  choiceId?: string;
}

export type MapBox =
  | { kind: 'scene'; id: string; sceneId: string; title: string; pages: number; marks: SceneMark[]; exits: Exit[] }
  | { kind: 'ending'; id: string; endingId: string; title: string; good: boolean };

export interface MapLink {
  id: string;
  from: string;
  handle: string;
  to: string;
  kind: 'next' | 'choice' | 'ending';
  /** A choice's text, shortened for the map ("" when the choice has none yet). */
  label?: string;
  /** A choice with a condition: not every reader sees it. */
  conditional: boolean;
}

export interface MapGraph {
  boxes: MapBox[];
  links: MapLink[];
}

export const sceneBoxId = (sceneId: string) => `scene:${sceneId}`;
export const endingBoxId = (endingId: string) => `ending:${endingId}`;
export const NEXT_HANDLE = 'next';
export const choiceHandle = (choiceId: string) => `choice:${choiceId}`;

const LABEL_LENGTH = 28;

/** A choice's text for a link: whole words up to LABEL_LENGTH characters, then "…". */
export function shortLabel(text: string, length = LABEL_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The marks of each scene, from the check's problems about the story file (translations' problems are not the map's). */
export function sceneMarks(story: Story, problems: readonly Problem[]): Map<string, Set<SceneMark>> {
  const file = storyFileOf(story);
  const marks = new Map<string, Set<SceneMark>>();
  const mark = (sceneId: string, what: SceneMark) => marks.set(sceneId, (marks.get(sceneId) ?? new Set()).add(what));
  mark(story.start, 'start');
  for (const problem of problems) {
    const what = MARK_OF_CODE[problem.code];
    if (!what || problem.file !== file) continue;
    const sceneId = placeOf(story, file, problem).selection?.sceneId;
    if (sceneId) mark(sceneId, what);
  }
  return marks;
}

/**
 * The graph of a story. Links to a scene or ending that does not exist are left out: the "broken" mark says so.
 * `checked`: the story the problems were found in (the live check runs a moment after an edit; its paths count
 * scenes as they were then).
 */
export function storyGraph(story: Story, problems: readonly Problem[] = [], checked: Story = story): MapGraph {
  const marks = sceneMarks(checked, problems);
  marks.set(story.start, (marks.get(story.start) ?? new Set()).add('start'));
  const scenes = new Set(story.scenes.map((scene) => scene.id));
  const endings = new Set(story.endings.map((ending) => ending.id));
  const boxes: MapBox[] = [];
  const links: MapLink[] = [];
  for (const scene of story.scenes) {
    const from = sceneBoxId(scene.id);
    const end = scene.then;
    const exits: Exit[] =
      end.kind === 'choices' ? end.choices.map((choice) => ({ handle: choiceHandle(choice.id), choiceId: choice.id })) : [{ handle: NEXT_HANDLE }];
    const own = marks.get(scene.id);
    boxes.push({
      kind: 'scene',
      id: from,
      sceneId: scene.id,
      title: scene.title ?? scene.id,
      pages: scene.pages.length,
      marks: MARK_ORDER.filter((what) => own?.has(what)),
      exits,
    });
    if (end.kind === 'next' && scenes.has(end.scene)) {
      links.push({ id: `${from}>next`, from, handle: NEXT_HANDLE, to: sceneBoxId(end.scene), kind: 'next', conditional: false });
    } else if (end.kind === 'ending' && endings.has(end.ending)) {
      links.push({ id: `${from}>next`, from, handle: NEXT_HANDLE, to: endingBoxId(end.ending), kind: 'ending', conditional: false });
    } else if (end.kind === 'choices') {
      for (const choice of end.choices) {
        if (!scenes.has(choice.target)) continue;
        const handle = choiceHandle(choice.id);
        links.push({
          id: `${from}>${handle}`,
          from,
          handle,
          to: sceneBoxId(choice.target),
          kind: 'choice',
          label: shortLabel(choice.text),
          conditional: choice.condition !== undefined,
        });
      }
    }
  }
  for (const ending of story.endings) {
    boxes.push({ kind: 'ending', id: endingBoxId(ending.id), endingId: ending.id, title: ending.title, good: ending.kind === 'good' });
  }
  return { boxes, links };
}
