/**
 * composePanel: one panel's SVG from a PanelArtSpec.
 *
 * The scene is a world in which an adult is about 200 units tall, the front characters' soles are
 * on y = 0 and x = 0 is the middle of the panel. The camera decides how many panel units a world
 * unit is; the background is asked to cover exactly what the camera sees, so any aspect ratio works
 * without stretching. Characters and props are drawn back to front by their y.
 */
import { CAST, character } from './cast';
import { backgroundDef } from './kit/backgrounds/index';
import { drawCharacter } from './kit/characters/builder';
import { SKELETONS } from './kit/characters/poses';
import { SEATS } from './kit/characters/seat';
import { EXPRESSIONS, POSES } from './kit/characters/types';
import type { CharacterDef, ExpressionId, Point, PoseId } from './kit/characters/types';
import { prop } from './kit/props/index';
import { mergeShapes } from './merge';
import { Defs, el, fine, g, minify, num, tf } from './svg';
import type { PanelArtSpec } from './types';

const FEET = 0.95;
/** World units per panel unit is set so that an adult is this share of the frame size. */
const PERSON_SHARE = { wide: 0.44, medium: 0.68 } as const;
const PERSON = 200;

function check(spec: PanelArtSpec, cast: readonly CharacterDef[]): void {
  if (!(spec.width > 0) || !(spec.height > 0)) throw new Error(`Panel width and height must be positive numbers (got ${spec.width} x ${spec.height}).`);
  backgroundDef(spec.background);
  if (spec.variant !== undefined && spec.variant !== 'day' && spec.variant !== 'night')
    throw new Error(`Unknown variant "${String(spec.variant)}". Valid variants: day, night.`);
  if (spec.camera !== undefined && !['wide', 'medium', 'close'].includes(spec.camera))
    throw new Error(`Unknown camera "${String(spec.camera)}". Valid cameras: wide, medium, close.`);
  const finite = (v: unknown, what: string): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${what} must be a number (got ${JSON.stringify(v)}).`);
  };
  for (const c of spec.characters ?? []) {
    character(c.id, cast);
    finite(c.x, `x of ${c.id}`);
    if (c.y !== undefined) finite(c.y, `y of ${c.id}`);
    if (c.scale !== undefined) finite(c.scale, `scale of ${c.id}`);
    if (!(POSES as readonly string[]).includes(c.pose)) throw new Error(`Unknown pose "${c.pose}" for ${c.id}. Valid poses: ${POSES.join(', ')}.`);
    if (!(EXPRESSIONS as readonly string[]).includes(c.expression))
      throw new Error(`Unknown expression "${c.expression}" for ${c.id}. Valid expressions: ${EXPRESSIONS.join(', ')}.`);
    if (c.seat !== undefined && !(SEATS as readonly string[]).includes(c.seat))
      throw new Error(`Unknown seat "${c.seat}" for ${c.id}. Valid seats: ${SEATS.join(', ')}.`);
    if (c.hold !== undefined && !prop(c.hold).holdable) throw new Error(`Prop "${c.hold}" cannot be held (held by ${c.id}).`);
  }
  for (const p of spec.props ?? []) {
    prop(p.id);
    finite(p.x, `x of prop ${p.id}`);
    finite(p.y, `y of prop ${p.id}`);
  }
  if (spec.camera === 'close' && !(spec.characters ?? []).length) throw new Error('camera "close" needs at least one character: it frames characters[0].');
}

/** A rectangle or a point in fractions of the panel (0..1 from the top left), as balloons are placed. */
export interface PanelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a placed character speaks from, so a balloon's tail can be aimed at it and stop short of the face. */
export interface Speaker {
  /** The cast id, as in the spec (a story names its speakers with the same ids). */
  id: string;
  /** The middle of the mouth. */
  mouth: { x: number; y: number };
  /** The box around the head, hair included. */
  face: PanelBox;
}

export interface ComposedPanel {
  svg: string;
  /** One per character, in the spec's order. */
  speakers: Speaker[];
}

/** Half the size of a head with its hair, in local units (head.ts: 42 wide, 46 tall, hair a little more). */
const HEAD_HALF = { w: 24, h: 27 };

const frac = (v: number): number => Math.round(v * 1000) / 1000;

interface Camera {
  /** Panel units per world unit. */
  z: number;
  /** Panel position of world (0, 0). */
  ox: number;
  oy: number;
}

/**
 * The panel's SVG and its speakers. `cast` is who may appear: the kit's CAST, or (in the Studio) a story's own
 * characters built from their looks before it.
 */
export function composePanel(spec: PanelArtSpec, cast: readonly CharacterDef[] = CAST): ComposedPanel {
  check(spec, cast);
  const W = spec.width;
  const H = spec.height;
  const frame = Math.min(H, 1.25 * W);
  const camKind = spec.camera ?? 'medium';
  const z0 = (PERSON_SHARE[camKind === 'wide' ? 'wide' : 'medium'] * frame) / PERSON;
  const base: Camera = { z: z0, ox: W / 2, oy: FEET * H };
  const toWorld = (px: number, py: number): Point => [(px - base.ox) / base.z, (py - base.oy) / base.z];

  const defs = new Defs('k');
  // Outline width on the panel: thicker in close-ups, as a comic artist would ink them.
  const panelSw = 0.0042 * Math.sqrt(W * H) * (camKind === 'close' ? 1.3 : 1);

  // Place the characters in the world.
  const chars = (spec.characters ?? []).map((c, i) => {
    const def = character(c.id, cast);
    const [wx, wy] = toWorld(c.x * W, (c.y ?? FEET) * H);
    const s = (c.scale ?? 1) * def.height;
    return { c, def, wx, wy, s, i };
  });

  let cam = base;
  if (camKind === 'close') {
    const first = chars[0]!;
    const pose = SKELETONS[first.c.pose as PoseId].dy - 170;
    const headW: Point = [first.wx + (first.c.flip ? -1 : 1) * 3 * first.s, first.wy + pose * first.s];
    const z = (0.36 * frame) / (46 * first.s);
    const px = W * (0.5 + (first.c.x - 0.5) * 0.45);
    const py = H * 0.44;
    cam = { z, ox: px - headW[0] * z, oy: py - headW[1] * z };
  }
  const sw = panelSw / cam.z;
  const pen = { defs, sw };
  const x0 = -cam.ox / cam.z;
  const x1 = (W - cam.ox) / cam.z;
  const y0 = -cam.oy / cam.z;
  const y1 = (H - cam.oy) / cam.z;
  const night = spec.variant === 'night';
  const bgDef = backgroundDef(spec.background);
  const bg = bgDef.draw({ x0, x1, y0, y1, night, pen, W, H, panelSw });

  // Things in the scene, back to front.
  type Item = { y: number; order: number; svg: string; shadow?: string };
  const items: Item[] = [];
  const speakers: Speaker[] = [];
  // Local units of a character to fractions of the panel.
  const toPanel = (wx: number, wy: number, sx: number, s: number, p: Point): { x: number; y: number } => ({
    x: frac(((wx + sx * p[0]) * cam.z + cam.ox) / W),
    y: frac(((wy + s * p[1]) * cam.z + cam.oy) / H),
  });
  for (const { c, def, wx, wy, s, i } of chars) {
    const heldProp = c.hold ? prop(c.hold) : undefined;
    const localPen = { defs, sw: sw / s };
    const held = heldProp ? g({ transform: tf(-heldProp.grip[0], -heldProp.grip[1]) }, heldProp.draw(localPen)) : undefined;
    const drawn = drawCharacter(localPen, def, { pose: c.pose as PoseId, expression: c.expression as ExpressionId, held, seat: c.seat });
    const sx = c.flip ? -s : s;
    const placed = (body: string): string => g({ transform: tf(wx, wy, sx, s) }, body);
    const sitting = c.pose === 'sit' || c.pose === 'type';
    const shadowW = c.pose === 'sit-floor' ? 52 : sitting ? 44 : 34;
    const shadow = el('ellipse', { cx: wx + (sitting ? (c.flip ? -12 : 12) * s : 0), cy: wy, rx: shadowW * s, ry: 6 * s, fill: '#1a1020', opacity: '.16' });
    items.push({ y: wy, order: 1000 + i, svg: placed(drawn.svg), shadow });
    // A hugging arm goes behind whoever stands beside, its hand in front of both.
    if (drawn.under) items.push({ y: wy - 1, order: 1000 + i, svg: placed(drawn.under) });
    if (drawn.over) items.push({ y: wy + 1, order: 1000 + i, svg: placed(drawn.over) });
    const head = toPanel(wx, wy, sx, s, drawn.head);
    const half = { w: (HEAD_HALF.w * s * cam.z) / W, h: (HEAD_HALF.h * s * cam.z) / H };
    speakers.push({
      id: c.id,
      mouth: toPanel(wx, wy, sx, s, drawn.mouth),
      face: { x: frac(head.x - half.w), y: frac(head.y - half.h), w: frac(2 * half.w), h: frac(2 * half.h) },
    });
  }
  (spec.props ?? []).forEach((p, i) => {
    const def = prop(p.id);
    const [wx, wy] = toWorld(p.x * W, p.y * H);
    const s = p.scale ?? 1;
    const svg = g({ transform: tf(wx, wy, p.flip ? -s : s, s, p.rotate ?? 0) }, def.draw({ defs, sw: sw / s }));
    items.push({ y: wy, order: i, svg });
  });
  items.sort((a, b) => a.y - b.y || a.order - b.order);

  const shadows = items.map((it) => it.shadow ?? '').join('');
  let world = bg.back;
  if (night) world += el('rect', { x: x0 - 10, y: y0 - 10, width: x1 - x0 + 20, height: y1 - y0 + 20, fill: '#0b1640', opacity: '.38' });
  if (bg.lights) world += bg.lights;
  world += shadows + items.map((it) => it.svg).join('');
  if (night) world += el('rect', { x: x0 - 10, y: y0 - 10, width: x1 - x0 + 20, height: y1 - y0 + 20, fill: '#1a2a6a', opacity: '.14' });

  const matrix = `matrix(${fine(cam.z)} 0 0 ${fine(cam.z)} ${fine(cam.ox)} ${fine(cam.oy)})`;
  let body = el('g', { transform: matrix, 'stroke-linecap': 'round' }, world);
  if (bg.clip) {
    const id = defs.fresh();
    defs.add(el('clipPath', { id }, el('rect', { x: bg.clip.x, y: bg.clip.y, width: bg.clip.w, height: bg.clip.h, rx: bg.clip.r })));
    body = el('g', { 'clip-path': `url(#${id})` }, body);
  }
  if (bg.frame) body += bg.frame;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(W)} ${num(H)}" width="${num(W)}" height="${num(H)}">${defs}${el('rect', { width: W, height: H, fill: '#efe6d6' })}${body}</svg>`;
  return { svg: mergeShapes(minify(svg)), speakers };
}
