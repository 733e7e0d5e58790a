/**
 * A story's own characters, built in the Studio from a `look` (the story format's data, not code in cast.ts), as the
 * kit's builder takes them. They come before the kit's cast, so a story may give a cast id its own looks.
 */
import type { Character } from '../story/schema';
import { CAST } from './cast';
import type { CharacterDef } from './kit/characters/types';

/** The story's characters that have a look (story 0: not one of the kit's stories), then the kit's cast. */
export function castOf(characters: readonly Character[]): CharacterDef[] {
  const own = characters.flatMap((c): CharacterDef[] =>
    c.look ? [{ ...c.look, id: c.id, name: c.name, story: 0, description: c.description ?? c.name, extras: c.look.extras ?? [] }] : [],
  );
  return [...own, ...CAST.filter((c) => !own.some((o) => o.id === c.id))];
}
