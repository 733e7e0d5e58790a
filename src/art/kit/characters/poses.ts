/**
 * Poses as skeletons. Local units: the character faces right (+x), the soles are on y = 0 and an
 * average adult's crown is near y = -192. "near" is the arm or leg on the side the character faces.
 * Arm points are given for the upper body before it is lowered by `dy` (sitting).
 */
import type { Point, PoseId } from './types';

export type HandShape = 'rest' | 'fist' | 'open' | 'point' | 'wave' | 'hold' | 'palm';

export interface ArmPose {
  elbow: Point;
  wrist: Point;
  hand: HandShape;
  /** Forearm and hand drawn over the head and the hijab (hands at the chin, arms across the chest). */
  front?: boolean;
  /** Turn the thumb to the other side of the hand. */
  thumbFlip?: boolean;
}

export interface LegPose {
  hip: Point;
  knee: Point;
  ankle: Point;
  /** Foot rotation in degrees (positive lifts the heel). */
  foot?: number;
}

export type LegMode = 'stand' | 'walk' | 'sit' | 'floor';

export interface Skeleton {
  mode: LegMode;
  /** How far the upper body (torso, arms, head) moves down from its standing place. */
  dy: number;
  near: ArmPose;
  far: ArmPose;
  nearLeg: LegPose;
  farLeg: LegPose;
  /** Head rotation in degrees; positive nods forward (towards +x). */
  tilt?: number;
  look?: 'ahead' | 'down';
  /** The pose holds a phone in both hands in front of the chest, or with the far hand at the ear. */
  phone?: 'hands' | 'ear';
  /** The near arm reaches round a neighbour's back (hug): the composer draws it behind both people, its hand over them. */
  reach?: boolean;
  /** Draw the far arm after the near one (crossed arms). */
  farOnTop?: boolean;
}

const restNear: ArmPose = { elbow: [27, -106], wrist: [29, -82], hand: 'rest' };
const restFar: ArmPose = { elbow: [-27, -106], wrist: [-29, -82], hand: 'rest' };

const standLegs = {
  nearLeg: { hip: [9, -90], knee: [9.5, -47], ankle: [10, -7] },
  farLeg: { hip: [-9, -90], knee: [-9.5, -47], ankle: [-10, -7] },
} satisfies Pick<Skeleton, 'nearLeg' | 'farLeg'>;

const sitLegs = {
  nearLeg: { hip: [6, -64], knee: [47, -63], ankle: [45, -7] },
  farLeg: { hip: [-7, -65], knee: [37, -65], ankle: [33, -7] },
} satisfies Pick<Skeleton, 'nearLeg' | 'farLeg'>;

export const SKELETONS: Record<PoseId, Skeleton> = {
  stand: { mode: 'stand', dy: 0, near: restNear, far: restFar, ...standLegs },
  talk: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [35, -104], wrist: [52, -117], hand: 'open' },
    far: restFar,
    ...standLegs,
  },
  walk: {
    mode: 'walk',
    dy: -1,
    near: { elbow: [30, -106], wrist: [38, -84], hand: 'rest' },
    far: { elbow: [-28, -106], wrist: [-37, -86], hand: 'rest' },
    nearLeg: { hip: [6, -90], knee: [17, -49], ankle: [24, -7] },
    farLeg: { hip: [-6, -90], knee: [-11, -48], ankle: [-27, -13], foot: 28 },
  },
  sit: {
    mode: 'sit',
    dy: 26,
    near: { elbow: [29, -106], wrist: [44, -96], hand: 'rest' },
    far: { elbow: [-26, -106], wrist: [-8, -95], hand: 'rest', front: false },
    ...sitLegs,
  },
  phone: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [27, -104], wrist: [14, -113], hand: 'hold', front: true },
    far: { elbow: [-26, -104], wrist: [-3, -112], hand: 'hold', front: true, thumbFlip: true },
    ...standLegs,
    tilt: 9,
    look: 'down',
    phone: 'hands',
  },
  point: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [43, -127], wrist: [64, -130], hand: 'point' },
    far: restFar,
    ...standLegs,
  },
  think: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [26, -104], wrist: [12, -138], hand: 'fist', front: true },
    far: { elbow: [-26, -104], wrist: [18, -105], hand: 'fist', front: true, thumbFlip: true },
    ...standLegs,
    tilt: -4,
  },
  give: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [37, -107], wrist: [58, -108], hand: 'palm' },
    far: restFar,
    ...standLegs,
    tilt: 4,
  },
  wave: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [42, -142], wrist: [46, -170], hand: 'wave' },
    far: restFar,
    ...standLegs,
  },
  'arms-crossed': {
    mode: 'stand',
    dy: 0,
    near: { elbow: [28, -104], wrist: [-12, -113], hand: 'fist', front: true },
    far: { elbow: [-28, -104], wrist: [13, -110], hand: 'fist', front: true, thumbFlip: true },
    ...standLegs,
    tilt: -3,
    farOnTop: false,
  },
  'hands-on-hips': {
    mode: 'stand',
    dy: 0,
    near: { elbow: [37, -111], wrist: [21, -94], hand: 'fist', thumbFlip: true },
    far: { elbow: [-37, -111], wrist: [-21, -94], hand: 'fist' },
    ...standLegs,
  },
  'sit-floor': {
    mode: 'floor',
    dy: 62,
    near: { elbow: [29, -104], wrist: [34, -84], hand: 'rest' },
    far: { elbow: [-29, -104], wrist: [-34, -84], hand: 'rest' },
    nearLeg: { hip: [10, -27], knee: [38, -13], ankle: [-14, -7] },
    farLeg: { hip: [-10, -27], knee: [-38, -13], ankle: [14, -9] },
  },
  // An arm round the back of someone standing close on the near side (about 50 units away), the hand on
  // their far shoulder, heads leaning in.
  hug: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [40, -124], wrist: [66, -136], hand: 'rest' },
    far: restFar,
    ...standLegs,
    tilt: 10,
    reach: true,
  },
  // A phone held to the ear with the far hand.
  'phone-call': {
    mode: 'stand',
    dy: 0,
    near: restNear,
    far: { elbow: [-40, -122], wrist: [-19, -160], hand: 'hold', front: true },
    ...standLegs,
    phone: 'ear',
  },
  // Sitting at a desk, both hands on the keyboard at desk height (the computer-desk prop's top).
  type: {
    mode: 'sit',
    dy: 26,
    near: { elbow: [31, -104], wrist: [18, -122], hand: 'rest', front: true },
    far: { elbow: [-28, -104], wrist: [-2, -121], hand: 'rest', front: true, thumbFlip: true },
    ...sitLegs,
    tilt: 6,
    look: 'down',
  },
  // Head bowed, wiping the eyes with the near hand (the forearm comes from the side, clear of the mouth), the far arm across the body.
  cry: {
    mode: 'stand',
    dy: 0,
    near: { elbow: [40, -132], wrist: [21, -166], hand: 'fist', front: true },
    far: { elbow: [-26, -106], wrist: [10, -102], hand: 'rest', front: true, thumbFlip: true },
    ...standLegs,
    tilt: 12,
    look: 'down',
  },
  // Pointing up at a sign, a board or the sky.
  'point-up': {
    mode: 'stand',
    dy: 0,
    near: { elbow: [38, -146], wrist: [52, -174], hand: 'point' },
    far: restFar,
    ...standLegs,
    tilt: -4,
  },
};
