/** Translations: every source string translated, none stale (source changed since), none for strings that are gone. */
import { sourceHash } from '../hash';
import { jsonPath, type Problem } from '../problem';
import type { Translation } from '../schema';
import { translatedText, type StoryString } from '../strings';
import { reporter, type Report } from './context';
import { checkPhoneNumbers, translatedStrings } from './phone-numbers';

/** The text of a story or the catalog in every language: translations complete and current, no number but a helpline. */
export function checkTexts(
  source: readonly StoryString[],
  sourceLanguage: string,
  report: Report,
  translations: readonly { file: string; translation: Translation }[],
  helplines: readonly string[],
  problems: Problem[],
): void {
  checkPhoneNumbers(source, helplines, report);
  for (const { file, translation } of translations) {
    const reportIn = reporter(file, problems);
    checkTranslation(file, translation, source, sourceLanguage, reportIn);
    checkPhoneNumbers(translatedStrings(translation), helplines, reportIn);
  }
}

export function checkTranslation(file: string, translation: Translation, source: readonly StoryString[], sourceLanguage: string, report: Report): void {
  const expected = /([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(file)?.[1];
  if (expected && expected !== translation.language) {
    report('error', 'language-mismatch', '$.language', `The file is named for "${expected}" but says its language is "${translation.language}".`, {
      expected,
      language: translation.language,
    });
  }
  if (translation.language === sourceLanguage) {
    report(
      'error',
      'source-language',
      '$.language',
      `The source is written in "${sourceLanguage}" already: a translation into its own language would replace the author's text. Translate into another language, or delete this file.`,
      { language: sourceLanguage },
    );
  }
  const reviewed = translation.status === 'reviewed';
  const known = new Set(source.map((entry) => entry.key));
  let missing = 0;
  for (const entry of source) {
    const translated = Object.hasOwn(translation.strings, entry.key) ? translation.strings[entry.key]! : undefined;
    if (!translated) {
      missing += 1;
      report(
        reviewed ? 'error' : 'warning',
        'missing-translation',
        jsonPath(['strings', entry.key]),
        `No ${translation.language} text for "${entry.key}" (source at ${entry.path}); readers see the source language.`,
        { language: translation.language },
      );
    } else if (translatedText(translation, entry.key) === undefined) {
      missing += 1;
      report(
        reviewed ? 'error' : 'warning',
        'untranslated',
        jsonPath(['strings', entry.key, 'text']),
        `"${entry.key}" is not translated yet; readers see the source language.`,
        { language: translation.language },
      );
    } else if (translated.source !== sourceHash(entry.text)) {
      report(
        'warning',
        'stale-translation',
        jsonPath(['strings', entry.key, 'source']),
        `The source text of "${entry.key}" changed after it was translated: check the ${translation.language} text against the source, then ${acceptCommand(file, translation.language)} records it as current.`,
        { language: translation.language },
      );
    }
  }
  for (const key of Object.keys(translation.strings)) {
    if (!known.has(key))
      report(
        'warning',
        'unknown-translation-key',
        jsonPath(['strings', key]),
        `"${key}" is translated but no such string is in the source; it may have been renamed or removed.`,
      );
  }
  if (reviewed && missing > 0) {
    report('error', 'incomplete-translation', '$.status', `The translation is marked "reviewed" but ${missing} strings are missing.`, { missing });
  }
}

/** The command that records a checked translation's source hashes (stories/<id>/i18n/<lang>.json → that folder). */
function acceptCommand(file: string, language: string): string {
  const folder = file.replace(/\/i18n\/[^/]+$/, '');
  const target = folder.endsWith('lessons') ? 'lessons' : folder;
  return `\`npm run story:translate -- ${target} ${language} --accept-stale\``;
}
