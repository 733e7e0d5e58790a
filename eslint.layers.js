// @ts-check
/**
 * Which folder of src/ may import which, lowest layer first: features talk to the layers below and never to each
 * other; pure layers import only story/ and each other downward; tools/ imports only pure layers. Each folder may
 * import itself and the folders listed; eslint.config.js turns this into path zones, and tests/unit/lint-walls.test.ts
 * holds every folder of src/ to having an entry here.
 */
const PURE = ['story', 'engine', 'paper', 'packs', 'art'];
const SHARED = [...PURE, 'store', 'content', 'ui', 'comic'];
const feature = {
  mayImport: SHARED,
  why: 'features talk to the engine, the stores and the shared pieces, never to each other or to the app that composes them.',
};

/** @type {Record<string, { mayImport: string[]; why: string }>} */
export const LAYERS = {
  story: { mayImport: [], why: 'the format is the lowest layer.' },
  engine: { mayImport: ['story'], why: 'the engine knows the format and nothing above it.' },
  paper: { mayImport: ['story', 'engine'], why: 'print planning is pure: the print screen and the PDF tool both use it.' },
  packs: { mayImport: ['story'], why: 'story packs are pure: the pack tools and the Studio both write and read them.' },
  art: { mayImport: ['story'], why: "the art kit is pure: `npm run art` and the Studio's composer both draw panels with it." },
  store: { mayImport: PURE, why: "the stores keep the engine's state, below every screen." },
  content: { mayImport: [...PURE, 'store'], why: 'loading stories and their text sits below the screens.' },
  ui: { mayImport: [...PURE, 'store', 'content'], why: 'shared pieces of screens know no feature.' },
  comic: { mayImport: [...PURE, 'store', 'content', 'ui'], why: "the comic's drawing is shared by the features, and knows none of them." },
  library: feature,
  reader: feature,
  lessons: feature,
  help: feature,
  present: feature,
  print: feature,
  settings: feature,
  studio: feature,
  app: { mayImport: [...SHARED, 'library', 'reader', 'lessons', 'help', 'present', 'print', 'settings', 'studio'], why: 'the app is where features meet.' },
};

/**
 * What tools/ may import: the pure layers, and the few files of content/ that are pure (the helplines, reading a
 * story bundle, its summary, the plan of each story's offline files), shared by the build and the checker.
 */
export const TOOLS_MAY_IMPORT = [
  ...PURE,
  'content/helplines.ts',
  'content/story-bundle.ts',
  'content/summary.ts',
  'content/summarize.ts',
  'content/offline/plan.ts',
];
