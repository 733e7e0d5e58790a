/**
 * The art kit's two places in the story format (schema.ts uses them): a character's `look`, so an author builds a
 * character without code, and a panel's `compose`, the spec its picture was composed from (one entry of a
 * tools/art spec file's "panels"). Shapes and ranges only: which poses, backgrounds and props exist is the kit's to
 * say (src/art), and it names the unknown one. Colours are strict "#rrggbb": they are written into the SVG.
 */
import * as v from 'valibot';

export const LOOK_SEXES = ['f', 'm'] as const;
export const LOOK_BUILDS = ['slim', 'average', 'heavy'] as const;
export const HAIR_STYLES = ['short', 'messy', 'slick', 'curly', 'buzz', 'receding', 'bun', 'ponytail', 'bob', 'none'] as const;
export const TOP_KINDS = ['tshirt', 'shirt', 'batik', 'flashy', 'kebaya', 'blouse', 'uniform', 'blazer', 'hoodie', 'polo', 'work', 'school', 'daster'] as const;
export const BOTTOM_KINDS = ['trousers', 'jeans', 'skirt', 'kain', 'sarung', 'dress'] as const;
export const SHOE_KINDS = ['shoes', 'sandals', 'flats', 'boots', 'sneakers'] as const;
export const PATTERNS = ['none', 'parang', 'kawung', 'floral', 'check', 'dots', 'stripes'] as const;
export const SLEEVES = ['short', 'long'] as const;
export const LOOK_EXTRAS = [
  'glasses',
  'moustache',
  'stubble',
  'wrinkles',
  'gold-watch',
  'watch',
  'gold-chain',
  'sunglasses-up',
  'lanyard',
  'name-tag',
  'peci',
  'cap',
  'work-cap',
  'earrings',
  'freckles',
  'pin',
] as const;

const one = <const T extends readonly string[]>(values: T, what: string) => v.picklist(values, `${what} is one of ${values.join(', ')}`);

export const ColourSchema = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written like "#2a9d8f"'));

export const LookSchema = v.strictObject({
  sex: one(LOOK_SEXES, 'sex'),
  height: v.pipe(
    v.number(),
    v.minValue(0.6, 'height is 0.6 or more'),
    v.maxValue(1.15, 'height is 1.15 or less'),
    v.description('1 is an adult man; a 15-year-old is about 0.9.'),
  ),
  build: one(LOOK_BUILDS, 'build'),
  skin: ColourSchema,
  hair: v.strictObject({ style: one(HAIR_STYLES, 'the hair style'), color: ColourSchema, greyTemples: v.optional(v.boolean()) }),
  hijab: v.optional(v.strictObject({ color: ColourSchema, inner: v.optional(ColourSchema) })),
  top: v.strictObject({
    kind: one(TOP_KINDS, 'the top'),
    color: ColourSchema,
    accent: v.optional(ColourSchema),
    pattern: v.optional(one(PATTERNS, 'the pattern')),
    sleeves: one(SLEEVES, 'sleeves'),
    tucked: v.optional(v.boolean()),
  }),
  bottom: v.strictObject({
    kind: one(BOTTOM_KINDS, 'the bottom'),
    color: ColourSchema,
    accent: v.optional(ColourSchema),
    pattern: v.optional(one(PATTERNS, 'the pattern')),
  }),
  shoes: v.strictObject({ kind: one(SHOE_KINDS, 'the shoes'), color: ColourSchema }),
  extras: v.optional(v.pipe(v.array(one(LOOK_EXTRAS, 'an extra')), v.maxLength(LOOK_EXTRAS.length))),
});

const KitId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a kit name uses lower-case letters, digits and dashes'));
/** Placements may sit a little outside the panel (a figure cut by the frame), never far: a number, not a coordinate trick. */
const Place = v.pipe(v.number(), v.minValue(-0.5), v.maxValue(1.5));
const Scale = v.pipe(v.number(), v.minValue(0.2, 'size is 0.2 or more'), v.maxValue(4, 'size is 4 or less'));
const Side = v.pipe(v.number(), v.minValue(16, 'a panel side is at least 16'), v.maxValue(4000, 'a panel side is at most 4000'));

export const ComposeSchema = v.strictObject({
  width: Side,
  height: Side,
  background: KitId,
  variant: v.optional(v.picklist(['day', 'night'])),
  camera: v.optional(v.picklist(['wide', 'medium', 'close'])),
  characters: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: KitId,
          pose: KitId,
          expression: KitId,
          x: Place,
          y: v.optional(Place),
          scale: v.optional(Scale),
          flip: v.optional(v.boolean()),
          hold: v.optional(KitId),
          seat: v.optional(KitId),
        }),
      ),
      v.maxLength(12, 'a panel has at most 12 characters'),
    ),
  ),
  props: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: KitId,
          x: Place,
          y: Place,
          scale: v.optional(Scale),
          rotate: v.optional(v.pipe(v.number(), v.minValue(-360), v.maxValue(360))),
          flip: v.optional(v.boolean()),
        }),
      ),
      v.maxLength(24, 'a panel has at most 24 props'),
    ),
  ),
});

export type Look = v.InferOutput<typeof LookSchema>;
export type Compose = v.InferOutput<typeof ComposeSchema>;
