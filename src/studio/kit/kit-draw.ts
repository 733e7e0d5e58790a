/** The kit's drawing for a story's panel: its own characters (built from their looks) before the kit's cast. */
import { composePanel, type ComposedPanel } from '../../art/compose';
import { castOf } from '../../art/look';
import type { PanelArtSpec } from '../../art/types';
import type { Character, Compose } from '../../story/schema';

/** The composed picture and its speakers, or null when the kit refuses the spec (an id it does not know). */
export function composeStoryPanel(compose: Compose, characters: readonly Character[]): ComposedPanel | null {
  try {
    // The format checked the shapes; composePanel checks every id (pose, seat, prop) and names a wrong one.
    return composePanel(compose as PanelArtSpec, castOf(characters));
  } catch {
    return null;
  }
}
