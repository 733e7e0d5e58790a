/**
 * The one body-and-face builder every character goes through, so the whole cast shares one style.
 * Output is in local units: facing right, soles on y = 0, about 200 tall for an adult man.
 */
import { el, g, tf } from '../../svg';
import { GOLD, INK, shade } from '../palette';
import type { Pen } from '../pen';
import { accessories, dims, hijabDrape, legwear, neck, torso } from './body';
import type { Dims } from './body';
import { drawHead } from './head';
import { angleOf, foot, hand, lerp, sleeve, tube } from './limbs';
import type { ArmPose, LegPose } from './poses';
import { SKELETONS } from './poses';
import { seat } from './seat';
import type { SeatKind } from './seat';
import type { CharacterDef, ExpressionId, Point, PoseId } from './types';

export interface DrawOptions {
  pose: PoseId;
  expression: ExpressionId;
  /** A prop already drawn around its grip point (0, 0), put in the near hand. */
  held?: string;
  seat?: SeatKind;
}

export interface DrawnCharacter {
  svg: string;
  /**
   * A hug's near arm, split so it goes round the neighbour: the arm behind both bodies (`under`), the
   * hand over them, on the neighbour's far shoulder (`over`). Same local units; empty for other poses.
   */
  under: string;
  over: string;
  /** Centre of the head in local units, with the pose's tilt (the close-up camera aims here). */
  head: Point;
  /** The middle of the mouth in local units: where a speech balloon's tail points. */
  mouth: Point;
  /** Where the near hand is, in local units. */
  hand: Point;
}

/** Head units (see head.ts) to local units: the head sits on the neck and turns about it by `tilt`. */
function headToLocal(p: Point, dy: number, tilt: number, wide: number): Point {
  const r = (tilt * Math.PI) / 180;
  const x = p[0] * wide;
  const y = p[1] - 22;
  return [x * Math.cos(r) - y * Math.sin(r), HEAD_Y + dy + 22 + x * Math.sin(r) + y * Math.cos(r)];
}

/** The middle of the mouth in head units (head.ts draws every mouth around it). */
const MOUTH_AT: Point = [7.2, 14.4];

const HEAD_Y = -170;

function sleeveWidths(def: CharacterDef, d: Dims): { arm: number; sleeve: number } {
  return { arm: d.arm, sleeve: def.top.sleeves === 'long' ? d.arm + 2.6 : d.arm + 3.2 };
}

/** One arm: the upper arm (under the hijab's drape) and the forearm with the hand. */
interface DrawnArm {
  /** Drawn before the head: the whole arm when it hangs at the side, else the upper arm. */
  upper: string;
  /** Drawn after the head: the forearm and hand of an arm in front of the body. */
  fore: string;
  /** The arm of a hanging pose split into its arm and its hand (for `reach`). */
  parts: { arm: string; hand: string };
  wrist: Point;
}

function arm(pen: Pen, def: CharacterDef, d: Dims, a: ArmPose, side: 1 | -1, dy: number): DrawnArm {
  const sh: Point = [side * d.shoulderX, -131 + dy];
  const shift = side * (d.shoulderX - 20);
  const elbow: Point = [a.elbow[0] + shift, a.elbow[1] + dy];
  const wrist: Point = [a.wrist[0] + (a.front ? shift * 0.3 : shift), a.wrist[1] + dy];
  const { arm: aw, sleeve: swd } = sleeveWidths(def, d);
  const long = def.top.sleeves === 'long';
  const color = def.top.color;
  const sleeveFill = shade(color, 0.06);
  const cuffAt = lerp(elbow, wrist, 0.82);
  const handAngle = angleOf(elbow, wrist);
  const x = def.extras ?? [];
  // Thumb towards the body centre for hanging hands, up for raised ones.
  let flip = side === -1;
  if (a.thumbFlip) flip = !flip;
  const handSvg = hand(pen, a.hand, wrist, handAngle, def.skin, flip);
  const watch =
    (x.includes('gold-watch') || x.includes('watch')) && side === 1 && !long
      ? tube(pen, [lerp(elbow, wrist, 0.84), lerp(elbow, wrist, 0.9)], aw + 0.6, x.includes('gold-watch') ? GOLD : '#3b3b44')
      : '';
  const both = !a.front;
  let upper: string;
  let fore: string;
  if (long) {
    const cuff = tube(
      pen,
      [cuffAt, lerp(elbow, wrist, 0.94)],
      swd - 0.4,
      def.top.kind === 'kebaya' ? (def.top.accent ?? shade(color, 0.3)) : shade(color, 0.12),
    );
    if (both) {
      upper = tube(pen, [sh, elbow, lerp(elbow, wrist, 0.94)], swd, sleeveFill) + cuff;
      fore = handSvg;
    } else {
      upper = tube(pen, [sh, elbow], swd, sleeveFill);
      fore = tube(pen, [elbow, lerp(elbow, wrist, 0.94)], swd, sleeveFill) + cuff + handSvg;
    }
  } else {
    const sleeveEnd = lerp(sh, elbow, 0.5);
    const sleeveSvg = sleeve(pen, sh, sleeveEnd, swd, sleeveFill);
    if (both) {
      upper = tube(pen, [sh, elbow, wrist], aw, def.skin) + sleeveSvg + watch;
      fore = handSvg;
    } else {
      upper = tube(pen, [sh, elbow], aw, def.skin) + sleeveSvg;
      fore = tube(pen, [elbow, wrist], aw, def.skin) + watch + handSvg;
    }
  }
  // Hands that hang at the sides are drawn with the arm; hands in front come later.
  return both ? { upper: upper + fore, fore: '', parts: { arm: upper, hand: fore }, wrist } : { upper, fore, parts: { arm: upper, hand: fore }, wrist };
}

function phoneInHands(pen: Pen, at: Point, angle: number): string {
  return g(
    { transform: tf(at[0], at[1], 1, 1, angle) },
    el('rect', { x: -6.5, y: -11, width: 13, height: 22, rx: 2.4, fill: '#2c3340', stroke: INK, 'stroke-width': pen.sw }) +
      el('circle', { cx: -2.6, cy: -7, r: 1.3, fill: '#59657a' }),
  );
}

export function drawCharacter(pen: Pen, def: CharacterDef, opt: DrawOptions): DrawnCharacter {
  const sk = SKELETONS[opt.pose];
  const d = dims(def);
  const dy = sk.dy;
  const feet = (leg: LegPose, near: boolean): string =>
    // Cross-legged feet are tilted a little; standing feet follow the pose.
    foot(pen, def.shoes, def.skin, leg.ankle, sk.mode === 'floor' ? (near ? -10 : 10) : (leg.foot ?? 0));
  const near = arm(pen, def, d, sk.near, 1, dy);
  const far = arm(pen, def, d, sk.far, -1, dy);

  let s = '';
  if (sk.mode === 'sit') s += seat(pen, opt.seat ?? 'stool');
  if (sk.mode === 'floor' && opt.seat === 'cushion') s += seat(pen, 'cushion');
  const legs = legwear(pen, def, d, sk, feet);
  const upperBody = (def.hijab ? '' : neck(pen, def)) + torso(pen, def, d);
  // Cross-legged, the lap comes forward over the hem of the top.
  if (sk.mode === 'floor') s += g({ transform: tf(0, dy) }, upperBody) + legs;
  else s += legs + g({ transform: tf(0, dy) }, upperBody);
  // A hugging arm is left out here: the composer puts it behind and in front of both people.
  const nearUpper = sk.reach ? '' : near.upper;
  s += sk.farOnTop ? nearUpper + far.upper : far.upper + nearUpper;
  s += g({ transform: tf(0, dy) }, hijabDrape(pen, def, d) + accessories(pen, def, d));

  const tilt = sk.tilt ?? 0;
  const headSvg = drawHead(pen, def, { expression: opt.expression, look: sk.look ?? 'ahead' });
  // Turn the head about the neck.
  // Heavier people get a slightly broader face.
  const wide = def.build === 'heavy' ? 1.06 : 1;
  s += g({ transform: `translate(0 ${HEAD_Y + dy + 22}) rotate(${tilt}) translate(0 -22)${wide === 1 ? '' : ` scale(${wide} 1)`}` }, headSvg);

  if (sk.phone === 'hands') s += phoneInHands(pen, [(near.wrist[0] + far.wrist[0]) / 2 + 1, (near.wrist[1] + far.wrist[1]) / 2 - 5], -12);
  // At the ear the phone stands along the side of the head, under the fingers.
  if (sk.phone === 'ear') s += phoneInHands(pen, [far.wrist[0] + 4, far.wrist[1] - 4], -18);
  s += sk.farOnTop ? near.fore + far.fore : far.fore + near.fore;

  if (opt.held) {
    const a = sk.near;
    const w = near.wrist;
    const ang = angleOf(a.elbow, a.wrist);
    const r = (ang * Math.PI) / 180;
    // The grip sits in the palm, a little along the hand.
    const grip: Point =
      a.hand === 'palm' || a.hand === 'open' ? [w[0] + Math.cos(r) * 9, w[1] + Math.sin(r) * 9 - 5] : [w[0] + Math.cos(r) * 5, w[1] + Math.sin(r) * 5];
    const heldSvg = g({ transform: tf(grip[0], grip[1]) }, opt.held);
    // Held things go over the palm but under closed fingers: redraw the fist over them.
    s += heldSvg;
    if (a.hand === 'fist' || a.hand === 'hold' || a.hand === 'rest') s += hand(pen, a.hand === 'rest' ? 'fist' : a.hand, w, ang, def.skin, false);
  }
  return {
    svg: s,
    under: sk.reach ? near.parts.arm : '',
    over: sk.reach ? near.parts.hand : '',
    head: headToLocal([0, 0], dy, tilt, wide),
    mouth: headToLocal(MOUTH_AT, dy, tilt, wide),
    hand: near.wrist,
  };
}
