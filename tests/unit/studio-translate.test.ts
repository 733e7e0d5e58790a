/**
 * The Studio's translation core as a translator meets it: the story's strings beside a translation, missing and stale
 * marked; XLIFF files out and back in, where a returned file changes only what it should and a hostile one nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraft, withStory, withTranslations } from '../../src/studio/drafts/draft';
import { record, redo, startHistory, undo } from '../../src/studio/drafts/history';
import { entryGroups, markedCurrent, newTranslation, progressOf, replaced, selectionOf, withStatus, withText } from '../../src/studio/translate/entries';
import { fromXliff, MAX_XLIFF_BYTES, toXliff, xliffFileName } from '../../src/studio/translate/xliff';
import { sourceHash } from '../../src/story/hash';
import type { Story, Translation } from '../../src/story/schema';
import { storyStrings } from '../../src/story/strings';

const root = join(import.meta.dirname, '..', '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const story = read<Story>('stories/sample/story.json');
const english = read<Translation>('stories/sample/i18n/en.json');
const bytes = (text: string) => new TextEncoder().encode(text);
/** The sample with its first balloon's source text changed by the author. */
const edited = (): Story => {
  const copy = structuredClone(story);
  copy.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.text = 'Sari, ada kerja bagus!';
  return copy;
};
const firstBalloon = `panel.${story.scenes[0]!.pages[0]!.panels[0]!.id}.balloon.${story.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.id}`;

describe('the strings beside a translation', () => {
  it('lists every string of the story once, in reading order, grouped by the part of the story it is in', () => {
    const groups = entryGroups(story, english);
    expect(groups.flatMap((group) => group.entries.map((entry) => entry.key))).toEqual(storyStrings(story).map((string) => string.key));
    expect(groups[0]!.part).toEqual({ kind: 'story' });
    expect(groups.slice(1, -1).map((group) => group.part)).toEqual(
      story.scenes.map((scene) => ({ kind: 'scene', sceneId: scene.id, title: scene.title ?? scene.id })),
    );
    expect(groups.at(-1)!.part).toEqual({ kind: 'endings' });
    expect(groups.flatMap((group) => group.entries).every((entry) => entry.state === 'done')).toBe(true);
    // A balloon carries its speaker's name, the one thing a translator needs beside the words.
    const entries = groups[1]!.entries;
    expect(entries.find((entry) => entry.key === `panel.${story.scenes[0]!.pages[0]!.panels[0]!.id}.balloon.darto`)?.speaker).toBe('Pak Darto');
    expect(entries.find((entry) => entry.key === firstBalloon)).not.toHaveProperty('speaker');
  });

  it('marks a string missing in a new translation, stale once its source changed, and counts them', () => {
    const total = storyStrings(story).length;
    expect(progressOf(story, newTranslation('jv'))).toEqual({ total, translated: 0, stale: 0, missing: total });
    const changed = edited();
    const entry = entryGroups(changed, english)
      .flatMap((group) => group.entries)
      .find((each) => each.key === firstBalloon)!;
    expect(entry).toMatchObject({ state: 'stale', source: 'Sari, ada kerja bagus!', text: english.strings[firstBalloon]!.text });
    expect(progressOf(changed, english)).toEqual({ total, translated: total - 1, stale: 1, missing: 0 });
  });

  it('records the current source hash when a text is typed or checked as still right, and keeps the others', () => {
    const changed = edited();
    const typed = withText(english, firstBalloon, 'Sari, ada kerja bagus!', 'Sari, a good job!');
    expect(typed.strings[firstBalloon]).toEqual({
      sourceText: 'Sari, ada kerja bagus!',
      text: 'Sari, a good job!',
      source: sourceHash('Sari, ada kerja bagus!'),
    });
    expect(progressOf(changed, typed).stale).toBe(0);
    expect(progressOf(changed, markedCurrent(english, firstBalloon, 'Sari, ada kerja bagus!')).stale).toBe(0);
    expect(english.strings[firstBalloon]!.source).not.toBe(sourceHash('Sari, ada kerja bagus!'));
    // An empty text is not translated: the reader shows the source, and the view says it is missing.
    expect(progressOf(story, withText(english, 'title', story.title, '  ')).missing).toBe(1);
  });

  it("shows a string's place in the preview: its panel, its choice point, or its scene", () => {
    const scene = story.scenes.find((each) => each.then.kind === 'choices')!;
    const choices = scene.then.kind === 'choices' ? scene.then.choices : [];
    const panel = scene.pages[0]!.panels[0]!;
    expect(selectionOf(story, scene.id, `panel.${panel.id}.balloon.x`)).toEqual({ sceneId: scene.id, panelId: panel.id });
    expect(selectionOf(story, scene.id, `choice.${choices[1]!.id}.text`)).toEqual({ sceneId: scene.id, choiceId: choices[1]!.id });
    expect(selectionOf(story, scene.id, `scene.${scene.id}.prompt`)).toEqual({ sceneId: scene.id, choiceId: choices[0]!.id });
    expect(selectionOf(story, scene.id, `scene.${scene.id}.title`)).toEqual({ sceneId: scene.id });
  });

  it('sets the status and replaces one language among the translations', () => {
    const reviewed = withStatus(newTranslation('jv'), 'reviewed');
    expect(reviewed.status).toBe('reviewed');
    expect(replaced([english], reviewed).map((each) => each.language)).toEqual(['en', 'jv']);
    expect(replaced([english, reviewed], withStatus(english, 'draft'))).toEqual([withStatus(english, 'draft'), reviewed]);
  });
});

describe("a draft's translations in its history", () => {
  it('are undone and redone in one history with the story, and a change that changes nothing is no change', () => {
    const draft = createDraft('d-1', story, [english], 1);
    expect(withTranslations(draft, draft.translations, 2)).toBe(draft);
    const typed = withTranslations(draft, replaced(draft.translations, withText(english, 'title', story.title, 'The Offer')), 2);
    expect(typed.updatedAt).toBe(2);
    const retitled = withStory(typed, { ...story, title: 'Tawaran' }, 3);
    let history = record(record(startHistory(draft), typed), retitled);
    history = undo(history);
    expect(history.present).toBe(typed);
    history = undo(history);
    expect(history.present.translations[0]!.strings.title!.text).toBe(english.strings.title!.text);
    expect(redo(history).present.translations[0]!.strings.title!.text).toBe('The Offer');
  });
});

describe('XLIFF files for translators', () => {
  it('writes every string with its source, its translation and the source hash, named <story>-<lang>.xlf', () => {
    const xml = toXliff(story, english);
    expect(xliffFileName(story, 'en')).toBe('sample-en.xlf');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff [^>]*version="1.2"/);
    expect(xml).toContain('<file original="sample" datatype="plaintext" source-language="id" target-language="en">');
    expect(xml.match(/<trans-unit /g)).toHaveLength(storyStrings(story).length);
    expect(xml).toContain(
      `<trans-unit id="title">\n        <source>${story.title}</source>\n        <target>${english.strings.title!.text}</target>\n        <note>source-hash: ${sourceHash(story.title)}</note>`,
    );
  });

  it('reads its own file back without a change, and a translated file updates what the translator wrote', () => {
    expect(fromXliff(bytes(toXliff(story, english)), story, english)).toEqual({ ok: true, translation: english, updated: [], stale: [] });
    const returned = toXliff(story, newTranslation('jv')).replace(
      `<note>source-hash: ${sourceHash(story.title)}</note>`,
      `<target>Conto: Tawaran &amp; Warung</target><note>source-hash: ${sourceHash(story.title)}</note>`,
    );
    const result = fromXliff(bytes(returned), story, newTranslation('jv'));
    expect(result).toMatchObject({ ok: true, updated: ['title'], stale: [] });
    expect(result.ok && result.translation.strings).toEqual({
      title: { sourceText: story.title, text: 'Conto: Tawaran & Warung', source: sourceHash(story.title) },
    });
  });

  it('leaves a text whose source changed since the file was made, and says which', () => {
    const file = toXliff(story, english).replace(`>${english.strings[firstBalloon]!.text}<`, '>Sari! A job for you!<');
    const result = fromXliff(bytes(file), edited(), english);
    expect(result).toMatchObject({ ok: true, updated: [], stale: [firstBalloon] });
    expect(result.ok && result.translation).toBe(english);
  });

  it('refuses a file for another story or language, or with keys the story does not have, and changes nothing', () => {
    const file = toXliff(story, english);
    expect(fromXliff(bytes(file.replace('original="sample"', 'original="jalan-sari"')), story, english)).toEqual({
      ok: false,
      refusal: { reason: 'wrong-story', story: 'jalan-sari' },
    });
    expect(fromXliff(bytes(file), story, newTranslation('jv'))).toEqual({ ok: false, refusal: { reason: 'wrong-language', language: 'en' } });
    expect(fromXliff(bytes(file.replace('id="title"', 'id="scene.gone.title"')), story, english)).toEqual({
      ok: false,
      refusal: { reason: 'unknown-keys', keys: ['scene.gone.title'] },
    });
    const marked = file.replace(`<target>${english.strings.title!.text}</target>`, '<target>The <g id="1">Offer</g></target>');
    expect(fromXliff(bytes(marked), story, english)).toEqual({ ok: false, refusal: { reason: 'not-plain-text', keys: ['title'] } });
  });

  it('refuses a hostile file whole: too big, not XML, not UTF-8, not XLIFF, entity tricks', () => {
    const refusal = (file: string | Uint8Array) => {
      const result = fromXliff(typeof file === 'string' ? bytes(file) : file, story, english);
      return result.ok ? 'accepted' : result.refusal.reason;
    };
    expect(refusal(new Uint8Array(MAX_XLIFF_BYTES + 1))).toBe('too-big');
    expect(refusal('{"title": "not xml"}')).toBe('not-xliff');
    expect(refusal('')).toBe('not-xliff');
    expect(refusal(new Uint8Array([0x3c, 0x78, 0xff, 0xfe, 0x3e]))).toBe('not-xliff');
    expect(refusal('<html><body>Hello</body></html>')).toBe('not-xliff');
    expect(refusal(toXliff(story, english).slice(0, 2000))).toBe('not-xliff');
    expect(refusal(toXliff(story, english).replace('</file>', ''))).toBe('not-xliff');
    // Entities declared in the file are never expanded: a billion laughs and an external file are both unknown entities.
    const laughs = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
    const unit = (target: string) =>
      toXliff(story, english)
        .replace(`<target>${english.strings.title!.text}</target>`, `<target>${target}</target>`)
        .replace(/^<\?xml[^>]*>\n/, '');
    expect(refusal(laughs + unit('&b;'))).toBe('not-xliff');
    expect(refusal(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${unit('&e;')}`)).toBe('not-xliff');
    // A unit named like an object's own properties is only an unknown key.
    expect(refusal(toXliff(story, english).replace('id="title"', 'id="constructor"'))).toBe('unknown-keys');
  });
});
