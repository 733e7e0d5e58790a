/**
 * npm run story:release: records the bundled stories as this release ships them (their pack digests) in
 * src/packs/released-digests.json, so later versions of the app still know them as the app's own when a phone that
 * was not updated sends one (src/packs/app-stories.ts). Run before a release; a test fails when a bundled story's
 * current digest is not recorded. Nothing is ever removed here: retracting a release's story is done by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appStoryDigests, readReleasedDigests, RELEASED_DIGESTS, withReleased } from './vite-app-stories';

const root = join(import.meta.dirname, '..');
const file = join(root, RELEASED_DIGESTS);
const released = readReleasedDigests(file);
const current = await appStoryDigests(join(root, 'stories'), join(root, 'public'));
const added = Object.entries(current).filter(([storyId, digest]) => !(released[storyId] ?? []).includes(digest));
writeFileSync(file, `${JSON.stringify(withReleased(current, released), null, 2)}\n`);
if (added.length === 0) console.log(`Every bundled story is already recorded in ${RELEASED_DIGESTS}.`);
for (const [storyId, digest] of added) console.log(`Recorded ${storyId} as this release ships it: ${digest.slice(0, 16)}…`);
