/**
 * Story prose as text (never HTML), with each phone number in one piece (src/story/number-runs.ts): it moves to the
 * next line whole instead of splitting at its hyphen or spaces, in a balloon, an ending or a lesson, on every surface.
 */
import { useContext } from 'react';
import { numberRuns } from '../story/number-runs';
import { NumberFlag } from './number-flag';

export function StoryText({ text }: { text: string }) {
  const flag = useContext(NumberFlag);
  if (flag) return flag(text);
  const runs = numberRuns(text);
  if (!runs.some((run) => run.number)) return text;
  return runs.map((run, index) =>
    run.number ? (
      // inline-block (app.css): one unit on a line, wrapped inside only when wider than the whole line
      <span key={index} className="story-number">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
