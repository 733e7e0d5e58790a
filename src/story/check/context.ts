import type { Problem, ProblemParams } from '../problem';
import type { Box, LessonCatalog, Story, Translation } from '../schema';

/** A story and its files, loaded and schema-valid, ready for the cross-reference rules. */
export interface StoryBundle {
  /** The story file as the author knows it, e.g. "stories/sample/story.json". */
  file: string;
  story: Story;
  translations: { file: string; translation: Translation }[];
}

export interface CheckContext {
  catalog: LessonCatalog | null;
  catalogFile: string;
  /** Whether an art file exists in public/panels/<folder>/ (a folder is a story ID, or "lessons"). */
  artExists: (folder: string, fileName: string) => boolean;
  /** The app's helplines as written ("0800-1000"): any other phone number in story text is a warning. */
  helplines: readonly string[];
  /** The art kit's names (src/art/kit-names.ts), for the rule on composed pictures; without them that rule is not run. */
  kit?: KitNames;
  /**
   * The face boxes (hair included, in panel fractions) of the characters drawn in a panel's art, where the story's
   * art specs say who stands where (tools/art/specs); empty when nobody knows. For the rule on tails across faces.
   */
  faces?: (storyId: string, art: string) => readonly Box[];
}

/** What the art kit can draw, by name: a panel's `compose` may use only these (the story's own characters besides). */
export interface KitNames {
  backgrounds: readonly string[];
  poses: readonly string[];
  expressions: readonly string[];
  props: readonly string[];
  /** The props a character can hold in a hand. */
  holdable: readonly string[];
  seats: readonly string[];
  /** The kit's own characters (cast.ts). */
  cast: readonly string[];
}

export type Report = (severity: Problem['severity'], code: string, path: string, message: string, params?: ProblemParams) => void;

export function reporter(file: string, problems: Problem[]): Report {
  return (severity, code, path, message, params) => problems.push({ severity, code, file, path, message, ...(params ? { params } : {}) });
}
