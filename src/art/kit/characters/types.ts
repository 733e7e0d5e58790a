/** What a character is made of: data only. The builder in ./builder.ts turns it into SVG. */

export const POSES = [
  'stand',
  'talk',
  'sit',
  'walk',
  'phone',
  'point',
  'think',
  'give',
  'wave',
  'arms-crossed',
  'hands-on-hips',
  'sit-floor',
  'hug',
  'phone-call',
  'type',
  'cry',
  'point-up',
] as const;
export type PoseId = (typeof POSES)[number];

export const EXPRESSIONS = ['neutral', 'happy', 'worried', 'sad', 'angry', 'surprised', 'crying'] as const;
export type ExpressionId = (typeof EXPRESSIONS)[number];

export type Point = readonly [number, number];

export type HairStyle =
  | 'short' // short, neat, men
  | 'messy' // short with tufts, young men
  | 'slick' // combed back with a side part
  | 'curly' // short curly
  | 'buzz' // very short
  | 'receding' // older man, thin on top
  | 'bun' // pulled back into a bun
  | 'ponytail'
  | 'bob' // chin-length
  | 'none'; // under a hijab

export interface HairSpec {
  style: HairStyle;
  color: string;
  /** Grey at the temples and sideburns. */
  greyTemples?: boolean;
}

export interface HijabSpec {
  color: string;
  /** The inner cap (ciput) that shows as a band on the forehead. */
  inner?: string;
}

export type TopKind =
  | 'tshirt'
  | 'shirt' // collared shirt
  | 'batik' // collared batik shirt (pattern)
  | 'flashy' // loud collared shirt, open at the neck
  | 'kebaya' // fitted blouse with a V front and trim
  | 'blouse' // plain long blouse (tunic)
  | 'uniform' // civil-servant style shirt with pockets and epaulettes
  | 'blazer' // jacket over a shirt
  | 'hoodie'
  | 'polo'
  | 'work' // work jacket with reflective stripes
  | 'school' // white school shirt with pocket badge
  | 'daster'; // loose house dress (top and bottom one piece)

export type Pattern = 'none' | 'parang' | 'kawung' | 'floral' | 'check' | 'dots' | 'stripes';

export interface TopSpec {
  kind: TopKind;
  color: string;
  /** Second colour: pattern ink, collar, trim or the shirt under a blazer. */
  accent?: string;
  pattern?: Pattern;
  sleeves: 'short' | 'long';
  tucked?: boolean;
}

export type BottomKind = 'trousers' | 'jeans' | 'skirt' | 'kain' | 'sarung' | 'dress';

export interface BottomSpec {
  kind: BottomKind;
  color: string;
  accent?: string;
  pattern?: Pattern;
}

export interface ShoeSpec {
  kind: 'shoes' | 'sandals' | 'flats' | 'boots' | 'sneakers';
  color: string;
}

export type Extra =
  | 'glasses'
  | 'moustache'
  | 'stubble'
  | 'wrinkles'
  | 'gold-watch'
  | 'watch'
  | 'gold-chain'
  | 'sunglasses-up'
  | 'lanyard'
  | 'name-tag'
  | 'peci'
  | 'cap'
  | 'work-cap'
  | 'earrings'
  | 'freckles'
  | 'pin';

export interface CharacterDef {
  id: string;
  name: string;
  /** The number of the story the character belongs to (1 Jalan Sari, 2 Lowongan di Layar, 3 Keluarga Nita, 4 the fishing crew). */
  story: number;
  description: string;
  sex: 'f' | 'm';
  /** 1 is an adult man (about 200 units from sole to crown); a 15-year-old is about 0.92. */
  height: number;
  build: 'slim' | 'average' | 'heavy';
  skin: string;
  hair: HairSpec;
  hijab?: HijabSpec;
  top: TopSpec;
  bottom: BottomSpec;
  shoes: ShoeSpec;
  extras?: readonly Extra[];
  /** Expression used by the gallery as the character's resting face. */
  mood?: ExpressionId;
}
