import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../src/app/locales/en.json';
import id from '../../src/app/locales/id.json';
import { formatDay, formatMonth } from '../../src/ui/dates';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('dates in the reader’s language', () => {
  it('writes a checked month and a learned day with the locale’s month names', async () => {
    const idT = await translator('id');
    const enT = await translator('en');
    expect(formatMonth(idT, '2026-11')).toBe('November 2026');
    expect(formatMonth(idT, '2026-08')).toBe('Agustus 2026');
    expect(formatMonth(enT, '2026-08')).toBe('August 2026');
    const noon = new Date(2026, 11, 1, 12).toISOString();
    expect(formatDay(idT, noon)).toBe('1 Desember 2026');
    expect(formatDay(enT, noon)).toBe('1 December 2026');
  });

  it('has all twelve months in every language of the app', () => {
    for (const locale of [id, en] as Record<string, string>[]) {
      for (let month = 1; month <= 12; month++) expect(locale[`date.month-${month}`], `month ${month}`).toMatch(/^\p{L}+$/u);
    }
  });
});
