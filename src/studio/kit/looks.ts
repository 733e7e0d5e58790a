/**
 * A story's characters built without code: their looks (the story format's `look`) set, checked and added as plain
 * edits of the story. The kit draws them with the same builder as its own cast.
 */
import * as v from 'valibot';
import { LookSchema } from '../../story/kit-schema';
import type { Look, Story } from '../../story/schema';
import { slugId, uniqueId } from '../edit/ids';

/** A plain start: a young woman in a hijab, in the kit's colours. */
export const DEFAULT_LOOK: Look = {
  sex: 'f',
  height: 0.93,
  build: 'average',
  skin: '#d49a69',
  hair: { style: 'none', color: '#211b1a' },
  hijab: { color: '#2a9d8f' },
  top: { kind: 'blouse', color: '#f4cf57', sleeves: 'long' },
  bottom: { kind: 'skirt', color: '#3b4a7a' },
  shoes: { kind: 'flats', color: '#7a3f33' },
};

/** The look, or the first problem in it in the format's words (a file from outside may hold anything). */
export function checkLook(value: unknown): { ok: true; look: Look } | { ok: false; problem: string } {
  const result = v.safeParse(LookSchema, value);
  return result.success ? { ok: true, look: result.output } : { ok: false, problem: result.issues[0].message };
}

export function setLook(story: Story, characterId: string, look: Look): Story {
  return { ...story, characters: story.characters.map((character) => (character.id === characterId ? { ...character, look } : character)) };
}

/** A new character with its look; its ID is made from the name (the speaker picker and the kit name it so). */
export function addLookedCharacter(story: Story, name: string, look: Look): { story: Story; id: string } {
  const id = uniqueId(slugId(name, 'character'), new Set(story.characters.map((character) => character.id)));
  return { story: { ...story, characters: [...story.characters, { id, name, look }] }, id };
}
