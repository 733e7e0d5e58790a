/** New author-given IDs for what the Studio adds: readable ("scene-2", "warung"), valid, and unique where they must be. */
import { isId, MAX_ID_LENGTH } from '../../story/id';
import type { Story } from '../../story/schema';

/** An ID from a title: "Di warung!" → "di-warung"; the fallback when nothing is left. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH - 4)
    .replace(/-+$/, '');
  return isId(slug) ? slug : fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every scene, page, panel and choice ID: the checker wants them unique across the story. */
export function storyIds(story: Story): Set<string> {
  const ids = new Set<string>();
  for (const scene of story.scenes) {
    ids.add(scene.id);
    for (const page of scene.pages) {
      ids.add(page.id);
      for (const panel of page.panels) ids.add(panel.id);
    }
    if (scene.then.kind === 'choices') for (const choice of scene.then.choices) ids.add(choice.id);
  }
  return ids;
}
