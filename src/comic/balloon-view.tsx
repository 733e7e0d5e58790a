/**
 * One balloon: real text over the art, placed in panel fractions, with its tail aimed at the speaker.
 * Story text is rendered as text (React escapes it), never as HTML. Balloons appear one after another by CSS
 * animation (comic.css), which costs a slow phone nothing at the tap; reduced motion keeps only the fade.
 */
import type { CSSProperties } from 'react';
import type { Balloon, Box } from '../story/schema';
import { StoryText } from '../ui/story-text';
import type { BalloonPlace } from './use-balloon-places';

interface Props {
  balloon: Balloon;
  text: string;
  speaker: string | null;
  order: number;
  /** Where layout put it: shifted down so enlarged balloons do not cover earlier ones, and how tall it grew. */
  place: BalloonPlace | undefined;
  animate: boolean;
  /** In a list below the art (comic.css), not over it: no place, no tail. */
  listed: boolean;
}

export function BalloonView({ balloon, text, speaker, order, place, animate, listed }: Props) {
  const { box, tail, kind } = balloon;
  const shift = place?.shift ?? 0;
  const style: CSSProperties = {
    ...(listed ? {} : { left: `${box.x * 100}%`, top: `calc(${box.y * 100}% + ${shift}px)`, width: `${box.w * 100}%`, minHeight: `${box.h * 100}%` }),
    ...(animate ? { ['--appear-delay' as string]: `${0.05 + order * 0.12}s` } : {}),
  };
  return (
    <p className={`balloon balloon-${kind}${animate ? ' balloon-appear' : ''}`} style={style} data-balloon={balloon.id}>
      {tail && !listed && kind !== 'caption' && kind !== 'sfx' ? (
        <Tail kind={kind} box={place ? { ...box, y: place.top, h: place.height } : box} tail={tail} />
      ) : null}
      {speaker ? <span className="balloon-speaker">{speaker}</span> : null}
      <span className="balloon-text">
        <StoryText text={text} />
      </span>
    </p>
  );
}

/**
 * The tail, drawn in the balloon's own 0..1 space (`box`: the balloon as laid out, so a balloon grown or moved by
 * larger text still points at the spot the author chose): a wedge from the balloon's edge (where the line from its
 * middle to the speaker leaves it) to the tail point; none when the grown balloon covers that point. Its open path
 * has no stroke along the base, and its white fill covers the balloon's border there, so balloon and tail read as
 * one shape. A thought trails bubbles instead.
 */
function Tail({ kind, box, tail }: { kind: Balloon['kind']; box: Box; tail: { x: number; y: number } }) {
  const tip = { x: (tail.x - box.x) / box.w, y: (tail.y - box.y) / box.h };
  const dx = tip.x - 0.5;
  const dy = tip.y - 0.5;
  if (Math.abs(dx) <= 0.5 && Math.abs(dy) <= 0.5) return null; // the point is inside the balloon: no tail
  const scale = Math.min(dx === 0 ? Infinity : 0.5 / Math.abs(dx), dy === 0 ? Infinity : 0.5 / Math.abs(dy));
  const edge = { x: 0.5 + dx * scale, y: 0.5 + dy * scale };
  const clamp = (value: number) => Math.min(0.82, Math.max(0.18, value));
  const horizontalEdge = Math.abs(dy * scale) >= 0.5 - 1e-9;
  const inward = 0.06;
  const [first, second] = horizontalEdge
    ? [
        { x: clamp(edge.x) - 0.09, y: edge.y - Math.sign(dy) * inward },
        { x: clamp(edge.x) + 0.09, y: edge.y - Math.sign(dy) * inward },
      ]
    : [
        { x: edge.x - Math.sign(dx) * inward, y: clamp(edge.y) - 0.14 },
        { x: edge.x - Math.sign(dx) * inward, y: clamp(edge.y) + 0.14 },
      ];
  return (
    <svg className="balloon-tail" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {kind === 'thought' ? (
        <>
          <ellipse cx={edge.x + (tip.x - edge.x) * 0.35} cy={edge.y + (tip.y - edge.y) * 0.35} rx={0.05} ry={0.08} />
          <ellipse cx={edge.x + (tip.x - edge.x) * 0.75} cy={edge.y + (tip.y - edge.y) * 0.75} rx={0.03} ry={0.05} />
        </>
      ) : (
        <path d={`M${first.x},${first.y} L${tip.x},${tip.y} L${second.x},${second.y}`} />
      )}
    </svg>
  );
}
