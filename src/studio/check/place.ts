/**
 * Where a checker problem is, in the story's own terms instead of a JSON path: "$.scenes[2].pages[1].panels[0]
 * .balloons[1].text" becomes scene "Di warung", page 2, panel 1, balloon 2, its text; and the part of the editor
 * to select. A translation's problem ($.strings["panel.p1.balloon.b2"]) is placed where its source string is.
 */
import type { PathSegment } from '../../story/problem';
import type { Story } from '../../story/schema';
import { storyStrings } from '../../story/strings';

/** What the editor selects: a scene, and in it perhaps a panel and one of its balloons, or a choice. */
export interface Selection {
  sceneId: string;
  panelId?: string;
  balloonId?: string;
  choiceId?: string;
  /** A translation's string: the translation view opens on it. */
  translation?: { language: string; key: string };
}

export interface Place {
  scene?: { title: string; number: number };
  page?: number;
  panel?: number;
  balloon?: number;
  choice?: number;
  ending?: string;
  character?: string;
  /** The field last named in the path ("text", "target", "speaker"…), or the story's own field ("title"). */
  field?: string;
  /** The translation's language, when the problem is in a translation file. */
  language?: string;
  selection: Selection | null;
}

/** Reads a JSONPath as problem.ts writes it back into its segments. */
export function pathSegments(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.slice(1).matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

export function placeOf(story: Story, storyFile: string, problem: { file: string; path: string }): Place {
  if (problem.file === storyFile) return placeInStory(story, pathSegments(problem.path));
  const language = /\/i18n\/([^/]+)\.json$/.exec(problem.file)?.[1];
  const [first, key] = pathSegments(problem.path);
  const source = first === 'strings' && typeof key === 'string' ? storyStrings(story).find((entry) => entry.key === key) : undefined;
  const place = source ? placeInStory(story, pathSegments(source.path)) : { selection: null };
  if (!language) return place;
  const selection = source ? { ...(place.selection ?? { sceneId: story.start }), translation: { language, key: source.key } } : place.selection;
  return { ...place, language, selection };
}

function placeInStory(story: Story, segments: PathSegment[]): Place {
  const [kind, index] = segments;
  const lastName = [...segments].reverse().find((segment) => typeof segment === 'string' && segment !== 'then' && segment !== 'choices');
  if (kind === 'scenes' && typeof index === 'number') return placeInScene(story, index, segments.slice(2));
  if (kind === 'endings' && typeof index === 'number')
    return { ending: story.endings[index]?.title ?? String(index + 1), field: field(segments.slice(2)), selection: null };
  if (kind === 'characters' && typeof index === 'number')
    return { character: story.characters[index]?.name ?? String(index + 1), field: field(segments.slice(2)), selection: null };
  const selection = kind === 'start' ? { sceneId: story.start } : null;
  return { ...(typeof lastName === 'string' ? { field: lastName } : {}), selection };
}

function placeInScene(story: Story, sceneIndex: number, rest: PathSegment[]): Place {
  const scene = story.scenes[sceneIndex];
  if (!scene) return { selection: null };
  const place: Place = { scene: { title: scene.title ?? scene.id, number: sceneIndex + 1 }, selection: { sceneId: scene.id } };
  const [part, a, , b, , c] = rest;
  if (part === 'pages' && typeof a === 'number') {
    const page = scene.pages[a];
    place.page = a + 1;
    if (rest[2] === 'panels' && typeof b === 'number') {
      const panel = page?.panels[b];
      place.panel = b + 1;
      if (panel) place.selection = { sceneId: scene.id, panelId: panel.id };
      if (rest[4] === 'balloons' && typeof c === 'number') {
        place.balloon = c + 1;
        const balloon = panel?.balloons[c];
        if (panel && balloon) place.selection = { sceneId: scene.id, panelId: panel.id, balloonId: balloon.id };
      }
    }
  }
  if (part === 'then' && a === 'choices' && typeof rest[2] === 'number') {
    place.choice = rest[2] + 1;
    const choice = scene.then.kind === 'choices' ? scene.then.choices[rest[2]] : undefined;
    if (choice) place.selection = { sceneId: scene.id, choiceId: choice.id };
  }
  const name = field(rest);
  if (name) place.field = name;
  return place;
}

/** The field the path ends in, if it names one ("text", "speaker"), not a list or an index. */
function field(rest: PathSegment[]): string | undefined {
  const last = rest.at(-1);
  return typeof last === 'string' && !['pages', 'panels', 'balloons', 'choices', 'then'].includes(last) ? last : undefined;
}
