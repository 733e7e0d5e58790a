/**
 * The story format, version 1: the single source of truth for the TypeScript types (InferOutput),
 * the runtime validation (valibot) and the published JSON Schema (tools/schema-write.ts).
 * docs/story-format.md explains every field with an example.
 */
import * as v from 'valibot';
import { ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS } from './id';
import { ComposeSchema, LookSchema } from './kit-schema';

/** Bump when a story file written for the old version would be read wrongly; add a migration in migrate.ts. */
export const STORY_SCHEMA_VERSION = 1;

/** An author-given, stable identifier: lower-case letters, digits and dashes. */
export const IdSchema = v.pipe(
  v.string(),
  // The others already fail the pattern below.
  v.notValues(
    RESERVED_IDS.filter((name) => ID_PATTERN.test(name)),
    'this name is reserved (every JavaScript object already has one); choose another ID',
  ),
  v.regex(ID_PATTERN, 'an ID uses only lower-case letters, digits and dashes, and starts with a letter or digit'),
  v.maxLength(MAX_ID_LENGTH, `an ID is at most ${MAX_ID_LENGTH} characters`),
  v.description('A stable ID given by the author: lower-case letters, digits and dashes.'),
);

/**
 * Text lengths are capped so a slip of the keyboard (or a hostile file) cannot stall a phone: the longest texts in the
 * bundled stories are 386 characters (a translated ending) and 109 (a balloon). Short texts are read in a balloon, a
 * choice card or a title; long ones are descriptions, summaries, endings, explanations and notes.
 */
export const MAX_SHORT_TEXT = 500;
export const MAX_TEXT = 2000;

const TextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'the text is empty'),
  v.maxLength(MAX_TEXT, `the text is longer than ${MAX_TEXT} characters: shorten it or split it`),
);

const ShortTextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'the text is empty'),
  v.maxLength(MAX_SHORT_TEXT, `the text is longer than ${MAX_SHORT_TEXT} characters: a balloon, choice or title must stay short (split it)`),
);

export const OptionalNoteSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT, `the text is longer than ${MAX_TEXT} characters`));

export const LanguageSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language is a BCP 47 tag such as "id", "en" or "jv"'),
  v.maxLength(35, 'a language tag is at most 35 characters'),
);

/** The kinds of art file a panel may use; the service worker stores every one of them for offline reading. */
export const ART_EXTENSIONS = ['svg', 'webp', 'png', 'jpg'] as const;

export const FileNameSchema = v.pipe(
  v.string(),
  v.regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${ART_EXTENSIONS.join('|')})$`), 'an art file is a plain file name ending in .svg, .webp, .png or .jpg'),
  v.maxLength(100, 'an art file name is at most 100 characters'),
  v.description('A file in public/panels/<story id>/.'),
);

const Fraction = v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(1, 'must be 1 or less'));

/** A rectangle relative to its container: 0,0 is the top left corner, 1,1 the bottom right. */
export const BoxSchema = v.strictObject({
  x: Fraction,
  y: Fraction,
  w: v.pipe(v.number(), v.gtValue(0, 'must be more than 0'), v.maxValue(1, 'must be 1 or less')),
  h: v.pipe(v.number(), v.gtValue(0, 'must be more than 0'), v.maxValue(1, 'must be 1 or less')),
});

export const PointSchema = v.strictObject({ x: Fraction, y: Fraction });

/** A condition as written in a story file: one key names its kind ({"flag": …}, {"all": […]} …). */
export type AuthoredCondition =
  | { kind?: 'flag'; flag: string }
  | { kind?: 'visited'; visited: string }
  | { kind?: 'learned'; learned: string }
  | { kind?: 'all'; all: AuthoredCondition[] }
  | { kind?: 'any'; any: AuthoredCondition[] }
  | { kind?: 'not'; not: AuthoredCondition };

/**
 * Conditions are data, never code: a tiny grammar over flags, visited scenes and learned lessons. Files keep the
 * short form ({"flag": "asked"}); reading one adds its `kind`, so every walker is one exhaustive switch
 * (src/story/condition.ts) and a new kind fails to compile wherever it is not handled.
 */
export type Condition =
  | { kind: 'flag'; flag: string }
  | { kind: 'visited'; visited: string }
  | { kind: 'learned'; learned: string }
  | { kind: 'all'; all: Condition[] }
  | { kind: 'any'; any: Condition[] }
  | { kind: 'not'; not: Condition };

/** One kind of condition: its key, and `kind` if the file gives it (a story read and written again keeps it). */
const conditionOf = <K extends Condition['kind'], E extends v.ObjectEntries>(kind: K, entries: E) =>
  v.pipe(
    v.strictObject({ kind: v.optional(v.literal(kind)), ...entries }),
    v.transform((value) => ({ ...value, kind })),
  );

export const ConditionSchema: v.GenericSchema<AuthoredCondition, Condition> = v.lazy(() => {
  const list = v.pipe(v.array(ConditionSchema), v.minLength(1, 'list at least one condition'));
  return v.union(
    [
      conditionOf('flag', { flag: IdSchema }),
      conditionOf('visited', { visited: IdSchema }),
      conditionOf('learned', { learned: IdSchema }),
      conditionOf('all', { all: list }),
      conditionOf('any', { any: list }),
      conditionOf('not', { not: ConditionSchema }),
    ],
    'a condition is one of {"flag"}, {"visited"}, {"learned"}, {"all": [...]}, {"any": [...]} or {"not": ...}',
  );
}) as v.GenericSchema<AuthoredCondition, Condition>;

export const EffectSchema = v.union(
  [v.strictObject({ set: IdSchema }), v.strictObject({ clear: IdSchema })],
  'an effect is {"set": "<flag>"} or {"clear": "<flag>"}',
);

export const BALLOON_KINDS = ['speech', 'thought', 'shout', 'whisper', 'caption', 'sfx'] as const;
export const TRANSITIONS = ['none', 'fade', 'pop', 'slide-left', 'slide-up', 'zoom'] as const;

const NotesSchema = v.optional(v.array(v.strictObject({ id: IdSchema, text: TextSchema })));

export const BalloonSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(BALLOON_KINDS, `the kind is one of ${BALLOON_KINDS.join(', ')}`),
  speaker: v.optional(v.pipe(IdSchema, v.description('A character ID; required for speech, thought, shout and whisper.'))),
  text: ShortTextSchema,
  box: v.pipe(BoxSchema, v.description('Where the balloon sits, relative to the panel.')),
  tail: v.optional(v.pipe(PointSchema, v.description("Where the tail points (the speaker's mouth), relative to the panel."))),
});

export const PanelSchema = v.strictObject({
  id: IdSchema,
  art: FileNameSchema,
  description: v.pipe(TextSchema, v.description('What the panel shows, for screen readers and when the art is missing.')),
  frame: v.optional(v.pipe(BoxSchema, v.description('Where the panel sits on its page; omitted, the page stacks its panels.'))),
  transition: v.optional(v.picklist(TRANSITIONS, `the transition is one of ${TRANSITIONS.join(', ')}`)),
  balloons: v.array(BalloonSchema),
  notes: NotesSchema,
  compose: v.optional(
    v.pipe(ComposeSchema, v.description("How the panel's picture was composed from the art kit (one panel of an art spec file), to change it again.")),
  ),
});

export const PageSchema = v.strictObject({
  id: IdSchema,
  panels: v.pipe(v.array(PanelSchema), v.minLength(1, 'a page has at least one panel')),
});

export const ChoiceSchema = v.strictObject({
  id: IdSchema,
  text: ShortTextSchema,
  target: v.pipe(IdSchema, v.description('The scene this choice leads to.')),
  condition: v.optional(ConditionSchema),
  unavailable: v.optional(v.pipe(ShortTextSchema, v.description('Why the choice cannot be taken; without it, an unavailable choice is hidden.'))),
  effects: v.optional(v.array(EffectSchema)),
  teaches: v.optional(v.array(IdSchema)),
});

export const SceneEndSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('next'), scene: IdSchema }),
    v.strictObject({
      kind: v.literal('choices'),
      prompt: v.optional(ShortTextSchema),
      choices: v.pipe(v.array(ChoiceSchema), v.minLength(1, 'a choice point has at least one choice')),
    }),
    v.strictObject({ kind: v.literal('ending'), ending: IdSchema }),
  ],
  'a scene ends with {"kind": "next"}, {"kind": "choices"} or {"kind": "ending"}',
);

export const SceneSchema = v.strictObject({
  id: IdSchema,
  title: v.optional(ShortTextSchema),
  pages: v.pipe(v.array(PageSchema), v.minLength(1, 'a scene has at least one page')),
  effects: v.optional(v.array(EffectSchema)),
  teaches: v.optional(v.array(IdSchema)),
  notes: NotesSchema,
  then: SceneEndSchema,
});

export const EndingSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(['good', 'bad'], 'an ending is "good" or "bad"'),
  title: ShortTextSchema,
  text: v.pipe(TextSchema, v.description('What happened, told to the reader at the end.')),
  teaches: v.optional(v.array(IdSchema)),
  misses: v.optional(v.pipe(v.array(IdSchema), v.description('Lessons this path did not learn, shown as missed.'))),
});

export const CharacterSchema = v.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  description: v.optional(TextSchema),
  look: v.optional(v.pipe(LookSchema, v.description("The character's looks for the art kit (skin, hair, clothes...), so panels can be composed with them."))),
});

export const FlagSchema = v.strictObject({ id: IdSchema, description: v.optional(OptionalNoteSchema) });

export const SchemaLinkSchema = v.optional(v.pipe(v.string(), v.maxLength(500, 'the $schema link is at most 500 characters')));

export const StorySchema = v.strictObject({
  $schema: SchemaLinkSchema,
  schemaVersion: v.literal(STORY_SCHEMA_VERSION, `schemaVersion must be ${STORY_SCHEMA_VERSION}`),
  id: IdSchema,
  language: LanguageSchema,
  title: ShortTextSchema,
  summary: TextSchema,
  cover: FileNameSchema,
  factsChecked: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'factsChecked is a month like "2026-11"'))),
  pageAspect: v.optional(v.pipe(v.number(), v.minValue(0.3), v.maxValue(3), v.description('Page width divided by height; default 0.7071 (A-series paper).'))),
  characters: v.array(CharacterSchema),
  flags: v.optional(v.array(FlagSchema)),
  start: IdSchema,
  scenes: v.pipe(v.array(SceneSchema), v.minLength(1, 'a story has at least one scene')),
  endings: v.pipe(v.array(EndingSchema), v.minLength(1, 'a story has at least one ending')),
});

export const LessonSchema = v.strictObject({
  id: IdSchema,
  title: ShortTextSchema,
  message: v.pipe(ShortTextSchema, v.description('One sentence a reader could repeat.')),
  explanation: TextSchema,
  icon: FileNameSchema,
  factsChecked: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'factsChecked is a month like "2026-11"'))),
});

export const LessonCatalogSchema = v.strictObject({
  $schema: SchemaLinkSchema,
  schemaVersion: v.literal(STORY_SCHEMA_VERSION, `schemaVersion must be ${STORY_SCHEMA_VERSION}`),
  language: LanguageSchema,
  lessons: v.pipe(v.array(LessonSchema), v.minLength(1, 'the catalog has at least one lesson')),
});

export const TranslationSchema = v.strictObject({
  $schema: SchemaLinkSchema,
  schemaVersion: v.literal(STORY_SCHEMA_VERSION, `schemaVersion must be ${STORY_SCHEMA_VERSION}`),
  language: LanguageSchema,
  direction: v.optional(v.picklist(['ltr', 'rtl'])),
  status: v.optional(v.picklist(['draft', 'reviewed'], 'status is "draft" or "reviewed"')),
  note: v.optional(OptionalNoteSchema),
  strings: v.record(
    v.pipe(v.string(), v.maxLength(300, 'a string key is at most 300 characters')),
    v.strictObject({
      sourceText: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(MAX_TEXT, `the source text is longer than ${MAX_TEXT} characters`),
          v.description('The source-language text, beside the translation for the translator (written by story:translate; the app does not read it).'),
        ),
      ),
      text: v.pipe(
        v.string(),
        v.maxLength(MAX_TEXT, `the translation is longer than ${MAX_TEXT} characters`),
        // A draft is written entry by entry: an empty text is reported, and read in the source language meanwhile.
        v.description('The translated text; empty while not translated yet (readers then see the source text).'),
      ),
      source: v.pipe(
        v.string(),
        v.regex(/^[0-9a-f]{8}$/, 'source is the 8-character hash of the source text'),
        v.description('sourceHash() of the text this translates, to find stale translations.'),
      ),
    }),
  ),
});

export type Box = v.InferOutput<typeof BoxSchema>;
export type Point = v.InferOutput<typeof PointSchema>;
export type Effect = v.InferOutput<typeof EffectSchema>;
export type BalloonKind = (typeof BALLOON_KINDS)[number];
export type Transition = (typeof TRANSITIONS)[number];
export type Balloon = v.InferOutput<typeof BalloonSchema>;
export type Panel = v.InferOutput<typeof PanelSchema>;
export type Page = v.InferOutput<typeof PageSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type SceneEnd = v.InferOutput<typeof SceneEndSchema>;
export type Scene = v.InferOutput<typeof SceneSchema>;
export type Ending = v.InferOutput<typeof EndingSchema>;
export type Character = v.InferOutput<typeof CharacterSchema>;
export type { Compose, Look } from './kit-schema';
export type Story = v.InferOutput<typeof StorySchema>;
export type Lesson = v.InferOutput<typeof LessonSchema>;
export type LessonCatalog = v.InferOutput<typeof LessonCatalogSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
