import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from './records';
import { followOtherTabs, safePersist } from './safe-storage';

export type Motion = 'system' | 'reduce' | 'full';
export type ReadingView = 'auto' | 'guided' | 'page';
export const TEXT_SIZES = [1, 1.25, 1.5] as const;

export interface Settings {
  language: string;
  /** Index into TEXT_SIZES. */
  textSize: number;
  motion: Motion;
  highContrast: boolean;
  view: ReadingView;
}

interface SettingsActions {
  update: (change: Partial<Settings>) => void;
}

export const DEFAULT_SETTINGS: Settings = { language: 'id', textSize: 0, motion: 'system', highContrast: false, view: 'auto' };

const CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  language: (value) => typeof value === 'string' && value.length <= 35 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value),
  textSize: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < TEXT_SIZES.length,
  motion: (value) => value === 'system' || value === 'reduce' || value === 'full',
  highContrast: (value) => typeof value === 'boolean',
  view: (value) => value === 'auto' || value === 'guided' || value === 'page',
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
  return { language: pick('language'), textSize: pick('textSize'), motion: pick('motion'), highContrast: pick('highContrast'), view: pick('view') };
}

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set) => ({ ...DEFAULT_SETTINGS, update: (change) => set(change) }),
    // The last change made in any tab holds (the default merge): settings are one reader's choices, not a record to add up.
    safePersist<Settings, SettingsActions>({ name: 'komik-saku/settings', version: 1, sanitize: sanitizeSettings, migrate: () => null }),
  ),
);
followOtherTabs(useSettings);
