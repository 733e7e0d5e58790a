/**
 * A panel composed from the art kit (`compose`) names only what the kit can draw: its background, the story's own
 * characters that have a look or the kit's cast, their poses, expressions, seats and held things, and its props.
 * The schema has checked the shapes and colours of every `look`; this rule checks the names, with the kit's lists
 * given in the context (the kit itself is not loaded to check a story).
 */
import { jsonPath, type PathSegment } from '../problem';
import type { Compose, Story } from '../schema';
import type { KitNames, Report } from './context';

type Part = 'background' | 'character' | 'pose' | 'expression' | 'seat' | 'hold' | 'prop';

export function checkCompose(story: Story, kit: KitNames, report: Report): void {
  const looks = new Set(story.characters.filter((character) => character.look).map((character) => character.id));
  const named = new Set(story.characters.map((character) => character.id));
  story.scenes.forEach((scene, s) =>
    scene.pages.forEach((page, p) =>
      page.panels.forEach((panel, q) => {
        if (panel.compose) checkOne(panel.compose, ['scenes', s, 'pages', p, 'panels', q, 'compose'], { kit, looks, named }, report);
      }),
    ),
  );
}

interface Known {
  kit: KitNames;
  looks: ReadonlySet<string>;
  named: ReadonlySet<string>;
}

function checkOne(compose: Compose, at: PathSegment[], { kit, looks, named }: Known, report: Report): void {
  const unknown = (part: Part, id: string, valid: readonly string[], path: PathSegment[]) => {
    if (valid.includes(id)) return;
    report(
      'error',
      'unknown-kit-part',
      jsonPath(path),
      `The panel's picture uses the ${part} "${id}", which the art kit does not have. The kit has: ${valid.join(', ')}.`,
      { context: part, id },
    );
  };
  unknown('background', compose.background, kit.backgrounds, [...at, 'background']);
  compose.characters?.forEach((placed, i) => {
    const path = [...at, 'characters', i];
    if (!looks.has(placed.id) && !kit.cast.includes(placed.id)) {
      if (named.has(placed.id))
        report('error', 'character-without-look', jsonPath([...path, 'id']), `The character "${placed.id}" is in the picture but has no look to draw.`, {
          character: placed.id,
        });
      else unknown('character', placed.id, [...named, ...kit.cast], [...path, 'id']);
    }
    unknown('pose', placed.pose, kit.poses, [...path, 'pose']);
    unknown('expression', placed.expression, kit.expressions, [...path, 'expression']);
    if (placed.seat !== undefined) unknown('seat', placed.seat, kit.seats, [...path, 'seat']);
    if (placed.hold !== undefined) unknown('hold', placed.hold, kit.holdable, [...path, 'hold']);
  });
  compose.props?.forEach((placed, i) => unknown('prop', placed.id, kit.props, [...at, 'props', i, 'id']));
  if (compose.camera === 'close' && !compose.characters?.length)
    report('error', 'close-without-character', jsonPath([...at, 'camera']), 'A close-up frames the first character, but the picture has nobody in it.');
}
