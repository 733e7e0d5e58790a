/** Sizes as a reader reads them (the download notice, stories on this phone, storage in settings). */
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/ui/bytes';

describe('formatBytes', () => {
  it('says a size as Intl would in each of the app languages, without Intl, its number and unit held together', () => {
    for (const language of ['id', 'en', 'jv', 'en-GB']) {
      for (const bytes of [40, 950e3, 999_400, 1.95e6, 4.85e6, 9.96e6, 12.4e6, 1.25e9, 1234e9]) {
        const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
        const intl = new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
        expect(formatBytes(bytes, language), `${bytes} in ${language}`).toBe(intl.replace(' ', '\u00a0'));
      }
    }
  });

  it('uses a decimal comma in Indonesian and a point in English', () => {
    expect(formatBytes(4_800_000, 'id')).toBe('4,8\u00a0MB');
    expect(formatBytes(4_800_000, 'en')).toBe('4.8\u00a0MB');
    expect(formatBytes(1_950_000_000_000, 'id')).toBe('1.950\u00a0GB');
  });
});
