/** Every ID a story refers to must exist: scenes, endings, characters, lessons and flags. */
import { visitCondition } from '../condition';
import { jsonPath, type PathSegment } from '../problem';
import type { Condition, Effect, Story } from '../schema';
import type { CheckContext, Report } from './context';

const SPOKEN = new Set(['speech', 'thought', 'shout', 'whisper']);

export function checkReferences(story: Story, context: CheckContext, report: Report): void {
  const scenes = new Set(story.scenes.map((scene) => scene.id));
  const endings = new Set(story.endings.map((ending) => ending.id));
  const characters = new Set(story.characters.map((character) => character.id));
  const declaredFlags = new Set((story.flags ?? []).map((flag) => flag.id));
  const lessons = context.catalog ? new Set(context.catalog.lessons.map((lesson) => lesson.id)) : null;
  const usedFlags = new Set<string>();

  const lesson = (id: string, path: PathSegment[]) => {
    if (lessons && !lessons.has(id))
      report('error', 'unknown-lesson', jsonPath(path), `The lesson "${id}" is not in the lessons catalog (${context.catalogFile}).`, { lesson: id });
  };
  const flag = (id: string, path: PathSegment[]) => {
    usedFlags.add(id);
    if (!declaredFlags.has(id)) report('error', 'unknown-flag', jsonPath(path), `The flag "${id}" is not declared in the story's "flags" list.`, { flag: id });
  };
  const effects = (list: readonly Effect[] | undefined, path: PathSegment[]) =>
    list?.forEach((effect, i) => flag('set' in effect ? effect.set : effect.clear, [...path, i, 'set' in effect ? 'set' : 'clear']));
  const condition = (item: Condition, path: PathSegment[]): void =>
    visitCondition(item, {
      flag: ({ flag: id }) => flag(id, [...path, 'flag']),
      visited: ({ visited }) => {
        if (!scenes.has(visited))
          report('error', 'broken-target', jsonPath([...path, 'visited']), `The condition names the scene "${visited}", which does not exist.`, {
            context: 'visited',
            target: visited,
          });
      },
      learned: ({ learned }) => lesson(learned, [...path, 'learned']),
      all: ({ all }) => all.forEach((part, i) => condition(part, [...path, 'all', i])),
      any: ({ any }) => any.forEach((part, i) => condition(part, [...path, 'any', i])),
      not: ({ not }) => condition(not, [...path, 'not']),
    });

  if (!scenes.has(story.start))
    report('error', 'broken-target', '$.start', `The start scene "${story.start}" does not exist.`, { context: 'start', target: story.start });
  story.scenes.forEach((scene, s) => {
    const at: PathSegment[] = ['scenes', s];
    scene.teaches?.forEach((id, i) => lesson(id, [...at, 'teaches', i]));
    effects(scene.effects, [...at, 'effects']);
    scene.pages.forEach((page, p) =>
      page.panels.forEach((panel, q) =>
        panel.balloons.forEach((balloon, b) => {
          const path = [...at, 'pages', p, 'panels', q, 'balloons', b];
          if (balloon.speaker && !characters.has(balloon.speaker)) {
            report('error', 'unknown-speaker', jsonPath([...path, 'speaker']), `The speaker "${balloon.speaker}" is not in the story's characters.`, {
              speaker: balloon.speaker,
            });
          } else if (!balloon.speaker && SPOKEN.has(balloon.kind)) {
            report('error', 'missing-speaker', jsonPath(path), `A ${balloon.kind} balloon needs a speaker, so screen readers can say who talks.`);
          }
        }),
      ),
    );
    const end = scene.then;
    if (end.kind === 'next' && !scenes.has(end.scene)) {
      report('error', 'broken-target', jsonPath([...at, 'then', 'scene']), `The next scene "${end.scene}" does not exist.`, {
        context: 'next',
        target: end.scene,
      });
    }
    if (end.kind === 'ending' && !endings.has(end.ending)) {
      report('error', 'broken-target', jsonPath([...at, 'then', 'ending']), `The ending "${end.ending}" does not exist.`, {
        context: 'ending',
        target: end.ending,
      });
    }
    if (end.kind === 'choices') {
      end.choices.forEach((choice, c) => {
        const path: PathSegment[] = [...at, 'then', 'choices', c];
        if (!scenes.has(choice.target))
          report('error', 'broken-target', jsonPath([...path, 'target']), `The choice leads to the scene "${choice.target}", which does not exist.`, {
            context: 'choice',
            target: choice.target,
          });
        if (choice.condition) condition(choice.condition, [...path, 'condition']);
        if (choice.unavailable && !choice.condition) {
          report(
            'warning',
            'reason-without-condition',
            jsonPath([...path, 'unavailable']),
            'This choice says why it is unavailable but has no condition, so it is always available.',
          );
        }
        effects(choice.effects, [...path, 'effects']);
        choice.teaches?.forEach((id, i) => lesson(id, [...path, 'teaches', i]));
      });
    }
  });
  story.endings.forEach((ending, e) => {
    ending.teaches?.forEach((id, i) => lesson(id, ['endings', e, 'teaches', i]));
    ending.misses?.forEach((id, i) => lesson(id, ['endings', e, 'misses', i]));
  });
  story.flags?.forEach((declared, i) => {
    if (!usedFlags.has(declared.id))
      report('warning', 'unused-flag', jsonPath(['flags', i, 'id']), `The flag "${declared.id}" is declared but never set or tested.`, { flag: declared.id });
  });
}
