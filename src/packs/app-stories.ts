/**
 * The app vouches for its own stories: a bundled story shared phone to phone travels unsigned (the phone that sends it
 * has no private key), so the build writes the SHA-256 of each bundled story's pack, over the same canonical text a
 * signature covers (sign.ts), into a small list every copy of the app ships (tools/vite-app-stories.ts). A received
 * pack whose digest is on the receiving app's list holds exactly the app's own files and is "from Komik Saku". A pack
 * made by another version of the app whose story, translations or pictures differ by a byte is not on the list, and it
 * opens marked like any unsigned pack: honest, never a false "trusted". The list is loaded only when a pack is received.
 *
 * The list also holds each story as earlier releases shipped it (src/packs/released-digests.json, written by
 * `npm run story:release`): a phone not yet updated sends the story it has, and it is still the app's. A release whose
 * story must no longer be vouched for (a fact since corrected) is taken off that file by hand.
 */
import type { Pack } from './read';
import { signedText } from './sign';
import type { PackFiles } from './write';

/** Stands in the canonical text where a publisher's ID would: no publisher can sign as the app's build. */
const APP_BUILD = 'komik-saku-app-build';

/** The digest of a story's pack files (the manifest aside, as a signature does). */
export async function appStoryDigest(storyId: string, files: PackFiles): Promise<string> {
  const text = new TextEncoder().encode(await signedText(APP_BUILD, storyId, files));
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', text))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Each story's digests: as this build ships it, and as earlier releases did. */
export type AppStoryDigests = Readonly<Record<string, readonly string[]>>;

/** Whether an unsigned pack holds exactly one of the app's own stories (this release's or an earlier one's), byte for byte. */
export async function isAppStory(pack: Pick<Pack, 'manifest' | 'files'>, digests: AppStoryDigests): Promise<boolean> {
  const known = Object.hasOwn(digests, pack.manifest.story) ? digests[pack.manifest.story] : undefined;
  return known !== undefined && known.includes(await appStoryDigest(pack.manifest.story, pack.files));
}
