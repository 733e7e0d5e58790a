import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, safePersist } from './safe-storage';

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

/** Keeps known settings of the right type, defaults for the rest. */
export function sanitizeSettings(value: unknown): Settings | null {
  if (!isRecord(value)) return null;
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => (ok(value[key]) ? (value[key] as Settings[K]) : DEFAULT_SETTINGS[key]);
  return {
    language: pick('language', (v) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v)),
    textSize: pick('textSize', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < TEXT_SIZES.length),
    motion: pick('motion', (v) => v === 'system' || v === 'reduce' || v === 'full'),
    highContrast: pick('highContrast', (v) => typeof v === 'boolean'),
    view: pick('view', (v) => v === 'auto' || v === 'guided' || v === 'page'),
  };
}

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set) => ({ ...DEFAULT_SETTINGS, update: (change) => set(change) }),
    safePersist<Settings, SettingsActions>({ name: 'komik-saku/settings', version: 1, sanitize: sanitizeSettings, migrate: () => null }),
  ),
);
