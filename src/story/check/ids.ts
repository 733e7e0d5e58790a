/** IDs must be unique where they are looked up: a duplicate makes saves and translations ambiguous. */
import { printable } from '../printable';
import { jsonPath, type Problem } from '../problem';
import type { Story } from '../schema';
import type { Report } from './context';

export function checkDuplicateIds(story: Story, report: Report): void {
  const groups: { what: string; items: { id: string; path: (string | number)[] }[] }[] = [
    { what: 'character', items: story.characters.map((item, i) => ({ id: item.id, path: ['characters', i, 'id'] })) },
    { what: 'flag', items: (story.flags ?? []).map((item, i) => ({ id: item.id, path: ['flags', i, 'id'] })) },
    { what: 'scene', items: story.scenes.map((item, i) => ({ id: item.id, path: ['scenes', i, 'id'] })) },
    { what: 'ending', items: story.endings.map((item, i) => ({ id: item.id, path: ['endings', i, 'id'] })) },
    { what: 'page', items: story.scenes.flatMap((scene, s) => scene.pages.map((page, p) => ({ id: page.id, path: ['scenes', s, 'pages', p, 'id'] }))) },
    {
      what: 'panel',
      items: story.scenes.flatMap((scene, s) =>
        scene.pages.flatMap((page, p) => page.panels.map((panel, q) => ({ id: panel.id, path: ['scenes', s, 'pages', p, 'panels', q, 'id'] }))),
      ),
    },
    {
      what: 'choice',
      items: story.scenes.flatMap((scene, s) =>
        scene.then.kind === 'choices' ? scene.then.choices.map((choice, c) => ({ id: choice.id, path: ['scenes', s, 'then', 'choices', c, 'id'] })) : [],
      ),
    },
  ];
  story.scenes.forEach((scene, s) => {
    groups.push({ what: `note of scene "${scene.id}"`, items: (scene.notes ?? []).map((note, n) => ({ id: note.id, path: ['scenes', s, 'notes', n, 'id'] })) });
    scene.pages.forEach((page, p) =>
      page.panels.forEach((panel, q) => {
        const at = ['scenes', s, 'pages', p, 'panels', q];
        groups.push({
          what: `balloon of panel "${panel.id}"`,
          items: panel.balloons.map((balloon, b) => ({ id: balloon.id, path: [...at, 'balloons', b, 'id'] })),
        });
        groups.push({ what: `note of panel "${panel.id}"`, items: (panel.notes ?? []).map((note, n) => ({ id: note.id, path: [...at, 'notes', n, 'id'] })) });
      }),
    );
  });
  for (const group of groups) {
    const first = new Map<string, (string | number)[]>();
    for (const item of group.items) {
      const earlier = first.get(item.id);
      if (earlier)
        report('error', 'duplicate-id', jsonPath(item.path), `The ${group.what} ID "${item.id}" is used twice; the first is at ${jsonPath(earlier)}.`, {
          id: item.id,
        });
      else first.set(item.id, item.path);
    }
  }
}

/**
 * A story's ID is its folder's name: the build finds stories by folder, serves their art from public/panels/<id>/ and
 * keys saved progress by ID, so a story whose ID names another folder would read and overwrite that story's progress.
 */
export function folderProblem(file: string, storyId: string, folder: string): Problem | null {
  if (storyId === folder) return null;
  return {
    severity: 'error',
    code: 'id-mismatch',
    file,
    path: '$.id',
    message: `The story ID "${storyId}" must match its folder name "${printable(folder)}" (art lives in public/panels/<id>/, and saved progress is kept by ID).`,
  };
}
