import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from './records';
import { followOtherTabs, safePersist } from './safe-storage';

export type Motion = 'system' | 'reduce' | 'full';
export type ReadingView = 'auto' | 'guided' | 'page';
/** The stories' pictures: not chosen yet, all stored at once, or each kept as it is read (src/content/art-cache.ts). */
export type ArtDownload = 'ask' | 'all' | 'reading';
export const TEXT_SIZES = [1, 1.25, 1.5] as const;

export interface Settings {
  language: string;
  /** Index into TEXT_SIZES. */
  textSize: number;
  motion: Motion;
  highContrast: boolean;
  view: ReadingView;
  /** Present and Print on the library's cards: tools for facilitators, out of a youth's way until asked for. */
  facilitator: boolean;
  download: ArtDownload;
}

interface SettingsActions {
  update: (change: Partial<Settings>) => void;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'id',
  textSize: 0,
  motion: 'system',
  highContrast: false,
  view: 'auto',
  facilitator: false,
  download: 'ask',
};

/** The languages the app's own words are written in (src/app/locales). */
export const APP_LANGUAGES = ['id', 'en', 'jv'] as const;

/**
 * The first of the phone's languages (navigator.languages, most wanted first) that the app speaks, else Indonesian:
 * a first start greets a reader in the phone's language ("jv-ID" → "jv"); a saved choice always wins over this.
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const code of preferred) {
    // "in" is Indonesian's old code, still sent by some Android phones.
    const base = code.toLowerCase().split('-')[0]!.replace(/^in$/, 'id');
    if ((APP_LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return DEFAULT_SETTINGS.language;
}

const phoneLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

const CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  language: (value) => typeof value === 'string' && value.length <= 35 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value),
  textSize: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < TEXT_SIZES.length,
  motion: (value) => value === 'system' || value === 'reduce' || value === 'full',
  highContrast: (value) => typeof value === 'boolean',
  view: (value) => value === 'auto' || value === 'guided' || value === 'page',
  facilitator: (value) => typeof value === 'boolean',
  download: (value) => value === 'ask' || value === 'all' || value === 'reading',
};

/**
 * Keeps known settings of the right type, defaults for those missing; `drop` hears of each one of the wrong type or
 * unknown (a copy of the whole is then set aside).
 */
export function sanitizeSettings(value: unknown, drop: () => void = () => {}): Settings | null {
  if (!isRecord(value)) return null;
  if (Object.keys(value).some((key) => !Object.hasOwn(CHECKS, key))) drop();
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    if (value[key] === undefined) return DEFAULT_SETTINGS[key];
    if (CHECKS[key](value[key])) return value[key] as Settings[K];
    drop();
    return DEFAULT_SETTINGS[key];
  };
  return {
    language: pick('language'),
    textSize: pick('textSize'),
    motion: pick('motion'),
    highContrast: pick('highContrast'),
    view: pick('view'),
    facilitator: pick('facilitator'),
    download: pick('download'),
  };
}

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set) => ({ ...DEFAULT_SETTINGS, language: pickLanguage(phoneLanguages()), update: (change) => set(change) }),
    // The last change made in any tab holds (the default merge): settings are one reader's choices, not a record to add up.
    safePersist<Settings, SettingsActions>({ name: 'komik-saku/settings', version: 1, sanitize: sanitizeSettings, migrate: () => null }),
  ),
);
followOtherTabs(useSettings);
