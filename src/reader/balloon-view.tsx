/**
 * One balloon: real text over the art, placed in panel fractions, with its tail aimed at the speaker.
 * Story text is rendered as text (React escapes it), never as HTML.
 */
import { m } from 'framer-motion';
import type { CSSProperties } from 'react';
import type { Balloon } from '../story/schema';

interface Props {
  balloon: Balloon;
  text: string;
  speaker: string | null;
  order: number;
  /** Extra downward shift in px, so enlarged balloons do not cover earlier ones. */
  shift: number;
  animate: boolean;
}

export function BalloonView({ balloon, text, speaker, order, shift, animate }: Props) {
  const { box, tail, kind } = balloon;
  const style: CSSProperties = {
    left: `${box.x * 100}%`,
    top: `calc(${box.y * 100}% + ${shift}px)`,
    width: `${box.w * 100}%`,
    minHeight: `${box.h * 100}%`,
  };
  const appear = animate ? { initial: { opacity: 0, scale: 0.85 }, animate: { opacity: 1, scale: 1 }, transition: { delay: 0.25 + order * 0.45, duration: 0.3 } } : {};
  const shake = kind === 'shout' && animate ? { x: [0, -4, 4, -3, 3, 0] } : {};
  return (
    <m.p className={`balloon balloon-${kind}`} style={style} data-balloon={balloon.id} {...appear} {...(kind === 'shout' && animate ? { animate: { opacity: 1, scale: 1, ...shake } } : {})}>
      {tail && kind !== 'caption' && kind !== 'sfx' ? <Tail balloon={balloon} tail={tail} /> : null}
      {speaker ? <span className="balloon-speaker">{speaker}</span> : null}
      <span className="balloon-text">{text}</span>
    </m.p>
  );
}

/** A wedge from the balloon's middle to the tail point, drawn in the balloon's own 0..1 space. */
function Tail({ balloon, tail }: { balloon: Balloon; tail: { x: number; y: number } }) {
  const { box } = balloon;
  const tx = (tail.x - box.x) / box.w;
  const ty = (tail.y - box.y) / box.h;
  const thought = balloon.kind === 'thought';
  return (
    <svg className="balloon-tail" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {thought ? (
        <>
          <ellipse cx={0.5 + (tx - 0.5) * 0.55} cy={0.5 + (ty - 0.5) * 0.55} rx={0.05} ry={0.08} />
          <ellipse cx={0.5 + (tx - 0.5) * 0.8} cy={0.5 + (ty - 0.5) * 0.8} rx={0.03} ry={0.05} />
        </>
      ) : (
        <polygon points={`0.42,0.5 0.58,0.5 ${tx},${ty}`} />
      )}
    </svg>
  );
}
