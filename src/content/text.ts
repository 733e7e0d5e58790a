/**
 * Story and lesson text through i18next: each story is a namespace ("story-<id>"), the lessons catalog is
 * "lessons". The source language (Bahasa Indonesia) is the fallback for every missing translation.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonCatalog, Story, Translation } from '../story/schema';
import { lessonStrings, sourceStrings, storyStrings, translatedTexts } from '../story/strings';

export const storyNamespace = (storyId: string) => `story-${storyId}`;
export const LESSONS_NAMESPACE = 'lessons';

/** The languages each namespace is written right to left in, as their translation files say (`direction`). */
const rightToLeft = new Map<string, Set<string>>();

function register(namespace: string, sourceLanguage: string, source: Record<string, string>, translations: Translation[]): void {
  if (i18next.hasResourceBundle(sourceLanguage, namespace)) return;
  i18next.addResourceBundle(sourceLanguage, namespace, source);
  const rtl = new Set<string>();
  for (const translation of translations) {
    i18next.addResourceBundle(translation.language, namespace, translatedTexts(translation));
    if (translation.direction === 'rtl') rtl.add(translation.language);
  }
  rightToLeft.set(namespace, rtl);
}

export function registerStory(story: Story, translations: Translation[]): void {
  register(storyNamespace(story.id), story.language, sourceStrings(storyStrings(story)), translations);
}

/** A replaced or removed story's text, so its next registration (a newer version) is not skipped. */
export function unregisterStory(storyId: string): void {
  const namespace = storyNamespace(storyId);
  for (const language of Object.keys(i18next.store?.data ?? {})) i18next.removeResourceBundle(language, namespace);
  rightToLeft.delete(namespace);
}

export function registerCatalog(catalog: LessonCatalog, translations: Translation[]): void {
  register(LESSONS_NAMESPACE, catalog.language, sourceStrings(lessonStrings(catalog)), translations);
}

/**
 * A text lookup for one namespace that re-renders on language change; unknown keys give the fallback. Story text is
 * looked up as it is, in the reader's language and then its fallbacks: no interpolation or nesting is applied to it
 * (it is text), and a tap on a slow phone does not pay for i18next's formatting of every balloon.
 */
export function useNamespaceText(namespace: string): (key: string, fallback?: string) => string {
  const { i18n } = useTranslation(namespace);
  const language = i18n.language;
  return useCallback((key: string, fallback = '') => namespaceText(i18n, namespace, key, fallback, language), [i18n, language, namespace]);
}

/** The text of `key` in the first of the reader's languages (then their fallbacks, the source last) that has it. */
export function namespaceText(i18n: I18n, namespace: string, key: string, fallback = '', language = i18n.language): string {
  for (const code of i18n.languages ?? [language]) {
    const strings = i18n.store.data[code]?.[namespace] as Record<string, unknown> | undefined;
    const found = strings?.[key];
    if (typeof found === 'string') return found;
  }
  return fallback;
}

/**
 * Which way a namespace's text runs for the reader: the `direction` of the translation they read it in (the first of
 * their languages that has it, as namespaceText looks its text up); the source language runs left to right.
 */
export function namespaceDirection(i18n: I18n, namespace: string): 'ltr' | 'rtl' {
  for (const code of i18n.languages ?? [i18n.language]) {
    if (i18n.store.data[code]?.[namespace]) return rightToLeft.get(namespace)?.has(code) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** The direction of a namespace's text, again when the reader's language changes. */
export function useNamespaceDirection(namespace: string): 'ltr' | 'rtl' {
  const { i18n } = useTranslation(namespace);
  return namespaceDirection(i18n, namespace);
}

/** Languages a story can be read in: its source language and every translation. */
export function storyLanguages(story: Story, translations: Translation[]): string[] {
  return [story.language, ...translations.map((translation) => translation.language)];
}
