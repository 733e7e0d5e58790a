/**
 * Issue 21: the app's first script carries Indonesian's words only (every other language's fallback, and a first
 * visit's); English and Javanese are loaded when a reader uses them, before the screen changes language.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n, SOURCE_LANGUAGE, switchLanguage } from '../../src/app/i18n';
import jv from '../../src/app/locales/jv.json';

describe('the app’s words', () => {
  it('start with Indonesian alone, and switch to English only once its words are here', async () => {
    const i18n = initI18n(SOURCE_LANGUAGE);
    expect(i18n.t('nav.settings')).toBe('Pengaturan');
    expect(i18n.hasResourceBundle('en', 'ui')).toBe(false);
    const switching = switchLanguage('en');
    // Until the words arrive the screen keeps its own: no keys, no half-English screen.
    expect(i18n.language).toBe(SOURCE_LANGUAGE);
    await switching;
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.settings')).toBe('Settings');
  });

  it('ends in the language chosen last when a reader switches twice at once', async () => {
    // Javanese's words are still on their way when English (already here) is chosen: English stays.
    await Promise.all([switchLanguage('jv'), switchLanguage('en-GB')]);
    expect(i18next.language).toBe('en-GB');
    await switchLanguage('jv');
    expect(i18next.t('nav.settings')).toBe(jv['nav.settings']);
    await switchLanguage(SOURCE_LANGUAGE);
    expect(i18next.t('nav.settings')).toBe('Pengaturan');
  });
});
