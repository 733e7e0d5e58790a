/**
 * What listen mode says, and in which order, for one beat of the story: pure, so it is tested without a browser or a
 * voice. A panel is its balloons in the order the author wrote them (the one reading order, story/reading-order.ts),
 * after its description when the reader asked for descriptions; a choice is its question and its options with
 * their letters (as ChoiceList shows them); an ending is its title, its text and the messages of the lessons learned.
 */
import { panelById, type Beat } from '../../engine';
import type { Story } from '../../story/schema';
import { lessonKeys, storyKeys } from '../../story/strings';
import { optionLetter } from '../../ui/option-letter';

/** Where the words said are on the screen, so that place is lit while they are said. */
export type CueTarget =
  | { kind: 'description'; panelId: string }
  | { kind: 'balloon'; panelId: string; balloonId: string }
  | { kind: 'prompt' }
  | { kind: 'choice'; choiceId: string }
  | { kind: 'ending-title' }
  | { kind: 'ending-text' }
  | { kind: 'lesson'; lessonId: string };

export interface Cue {
  /** The text's key in its namespace: a story string, a lesson string, or the app's own words ("ui"). */
  key: string;
  namespace: 'story' | 'lessons' | 'ui';
  target: CueTarget;
  /** Said first by the phone's voice: an option's letter ("A"). */
  letter?: string;
  /** Who speaks, for a listener who cannot see the art (said first when descriptions are read). */
  speakerKey?: string;
}

export interface Script {
  cues: Cue[];
  /** After the last cue: read on into the next beat (a panel), or stop for the reader (a choice, an ending). */
  end: 'next' | 'stop';
}

export interface ScriptOptions {
  /** Read each panel's description before its balloons (for blind and low-vision readers). */
  descriptions: boolean;
}

/** The app's own question when a choice has no prompt of its own (ChoiceList shows the same). */
export const DEFAULT_PROMPT_KEY = 'reader.choose';

export function scriptOf(story: Story, beat: Beat, options: ScriptOptions): Script {
  switch (beat.kind) {
    case 'panel': {
      const panel = panelById(story, beat.sceneId, beat.panelId)?.panel;
      if (!panel) return { cues: [], end: 'next' };
      const cues: Cue[] = options.descriptions
        ? [{ key: storyKeys.description(panel.id), namespace: 'story', target: { kind: 'description', panelId: panel.id } }]
        : [];
      for (const balloon of panel.balloons) {
        const speakerKey = options.descriptions && balloon.speaker ? storyKeys.character(balloon.speaker) : undefined;
        cues.push({
          key: storyKeys.balloon(panel.id, balloon.id),
          namespace: 'story',
          target: { kind: 'balloon', panelId: panel.id, balloonId: balloon.id },
          ...(speakerKey ? { speakerKey } : {}),
        });
      }
      return { cues, end: 'next' };
    }
    case 'choices': {
      const prompt: Cue = beat.promptKey
        ? { key: beat.promptKey, namespace: 'story', target: { kind: 'prompt' } }
        : { key: DEFAULT_PROMPT_KEY, namespace: 'ui', target: { kind: 'prompt' } };
      const cues = beat.options.flatMap((option, index): Cue[] => {
        const target = { kind: 'choice', choiceId: option.id } as const;
        const said: Cue = { key: option.textKey, namespace: 'story', target, letter: optionLetter(index) };
        // An option that cannot be taken says why, as the card shows it.
        return option.reasonKey ? [said, { key: option.reasonKey, namespace: 'story', target }] : [said];
      });
      return { cues: [prompt, ...cues], end: 'stop' };
    }
    case 'ending':
      return {
        cues: [
          { key: storyKeys.endingTitle(beat.endingId), namespace: 'story', target: { kind: 'ending-title' } },
          { key: storyKeys.endingText(beat.endingId), namespace: 'story', target: { kind: 'ending-text' } },
          ...beat.learned.map((lessonId): Cue => ({ key: lessonKeys.message(lessonId), namespace: 'lessons', target: { kind: 'lesson', lessonId } })),
        ],
        end: 'stop',
      };
  }
}

/** A beat's identity: listen mode starts again at the first cue when it changes. */
export function beatKey(beat: Beat): string {
  return beat.kind === 'panel' ? `panel:${beat.sceneId}/${beat.panelId}` : `${beat.kind}:${beat.sceneId}`;
}
