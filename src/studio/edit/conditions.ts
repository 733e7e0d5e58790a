/**
 * A choice's condition and effects as pickers see them: a list of tests joined by "all" or "any" (a flag set or not,
 * a scene visited or not, a lesson learned or not), and a list of flags set or cleared. The format allows deeper
 * conditions; a story file that has one keeps it (formOf says so, and the pickers leave it alone).
 */
import type { Choice, Condition, Effect, Story } from '../../story/schema';
import { mapChoices } from './choices';
import { slugId } from './ids';
import { without } from './tree';

export const TEST_KINDS = ['flag-set', 'flag-not-set', 'visited', 'not-visited', 'learned', 'not-learned'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

/** One test: its kind and the flag, scene or lesson it is about. */
export interface ConditionTest {
  kind: TestKind;
  id: string;
}

export interface ConditionForm {
  join: 'all' | 'any';
  tests: ConditionTest[];
}

/** What a test picks its ID from. */
export function testSubject(kind: TestKind): 'flag' | 'scene' | 'lesson' {
  if (kind === 'flag-set' || kind === 'flag-not-set') return 'flag';
  return kind === 'visited' || kind === 'not-visited' ? 'scene' : 'lesson';
}

function testOf(condition: Condition): ConditionTest | null {
  const negated = condition.kind === 'not';
  const inner = condition.kind === 'not' ? condition.not : condition;
  if (inner.kind === 'flag') return { kind: negated ? 'flag-not-set' : 'flag-set', id: inner.flag };
  if (inner.kind === 'visited') return { kind: negated ? 'not-visited' : 'visited', id: inner.visited };
  if (inner.kind === 'learned') return { kind: negated ? 'not-learned' : 'learned', id: inner.learned };
  return null;
}

/** The pickers' form of a condition (none: no tests); null when the condition is deeper than pickers show. */
export function formOf(condition: Condition | undefined): ConditionForm | null {
  if (!condition) return { join: 'all', tests: [] };
  const single = testOf(condition);
  if (single) return { join: 'all', tests: [single] };
  if (condition.kind !== 'all' && condition.kind !== 'any') return null;
  const tests = (condition.kind === 'all' ? condition.all : condition.any).map(testOf);
  return tests.every((test) => test !== null) ? { join: condition.kind, tests: tests as ConditionTest[] } : null;
}

function conditionOfTest({ kind, id }: ConditionTest): Condition {
  const subject = testSubject(kind);
  const plain: Condition =
    subject === 'flag' ? { kind: 'flag', flag: id } : subject === 'scene' ? { kind: 'visited', visited: id } : { kind: 'learned', learned: id };
  return kind === 'flag-not-set' || kind === 'not-visited' || kind === 'not-learned' ? { kind: 'not', not: plain } : plain;
}

/** The condition a form means: none without tests, the test itself when alone, else all or any of them. */
export function conditionOfForm(form: ConditionForm): Condition | undefined {
  const conditions = form.tests.map(conditionOfTest);
  if (conditions.length <= 1) return conditions[0];
  return form.join === 'all' ? { kind: 'all', all: conditions } : { kind: 'any', any: conditions };
}

function mapChoice(story: Story, sceneId: string, choiceId: string, change: (choice: Choice) => Choice): Story {
  return mapChoices(story, sceneId, (choices) => choices.map((choice) => (choice.id === choiceId ? change(choice) : choice)));
}

/** Sets a choice's condition; without one, the choice is open to every reader (and its "why not" text goes too). */
export function setChoiceCondition(story: Story, sceneId: string, choiceId: string, condition: Condition | undefined): Story {
  return mapChoice(story, sceneId, choiceId, (choice) => (condition ? { ...choice, condition } : without(without(choice, 'condition'), 'unavailable')));
}

/** Sets what taking a choice does to the story's flags; an empty list is left out of the file. */
export function setChoiceEffects(story: Story, sceneId: string, choiceId: string, effects: Effect[]): Story {
  return mapChoice(story, sceneId, choiceId, (choice) => (effects.length > 0 ? { ...choice, effects } : without(choice, 'effects')));
}

/** Declares a flag named by the author ("sudah tanya" → "sudah-tanya"); an ID already declared is reused. */
export function declareFlag(story: Story, name: string): { story: Story; flagId: string } {
  const flags = story.flags ?? [];
  const flagId = slugId(name, 'penanda');
  if (flags.some((flag) => flag.id === flagId)) return { story, flagId };
  return { story: { ...story, flags: [...flags, { id: flagId }] }, flagId };
}
