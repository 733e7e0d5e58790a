/**
 * What a pack is checked against in the app, and a story's pictures as the app has them: used by the Studio's packs
 * (studio/share) and by sharing a bundled story from the library or an ending (story-pack.ts).
 */
import { KIT_NAMES } from '../art/kit-names';
import type { CheckContext } from '../story/check/index';
import type { Story } from '../story/schema';
import { storyArt } from '../story/story-art';
import { artUrl, CATALOG_FILE } from './bundled';
import { HELPLINE_NUMBERS } from './helplines';
import { loadBundledCatalog } from './load-catalog';

/** The app's lessons catalog and helplines, as story:check and story:unpack use the checkout's. */
export async function appCheckContext(): Promise<CheckContext> {
  const catalog = await loadBundledCatalog();
  return { catalog: catalog.ok ? catalog.catalog : null, catalogFile: CATALOG_FILE, artExists: () => true, helplines: HELPLINE_NUMBERS, kit: KIT_NAMES };
}

/**
 * The pictures the story uses: the draft's own (uploaded, or from the pack it was opened from), else as the app serves
 * them (a copied story's are the bundled story's, same story ID). A picture neither has is left out, and the pack's
 * check names it.
 */
export async function storyPictures(story: Story, own: ReadonlyMap<string, Blob>): Promise<Map<string, Uint8Array>> {
  const art = new Map<string, Uint8Array>();
  await Promise.all(
    storyArt(story).map(async (file) => {
      const blob = own.get(file);
      if (blob) return void art.set(file, new Uint8Array(await blob.arrayBuffer()));
      const response = await fetch(artUrl(story.id, file)).catch(() => null);
      // An unknown address may be answered with the app's page: only a picture is one.
      if (response?.ok && response.headers.get('content-type')?.startsWith('image/')) art.set(file, new Uint8Array(await response.arrayBuffer()));
    }),
  );
  return art;
}
