/** One character alone, whole, on no background: the gallery's contact sheet and the Studio's pose and look pickers. */
import { drawCharacter } from './kit/characters/builder';
import type { CharacterDef, ExpressionId, PoseId } from './kit/characters/types';
import { Defs, minify } from './svg';

export function characterThumb(def: CharacterDef, pose: PoseId, expression: ExpressionId): string {
  const defs = new Defs('g');
  const c = drawCharacter({ defs, sw: 2.2 }, def, { pose, expression });
  return minify(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-80 -215 160 222" width="160" height="222">${defs}${c.under}${c.svg}${c.over}</svg>`);
}
