/**
 * Narration (issue 19): each recording matches a string that is read aloud, was recorded against that string's text
 * as it is now (a changed text makes it stale), is the file its entry says, and keeps to the size budget. Missing
 * recordings are a note only: narration is optional, and listen mode uses the phone's voice for them.
 */
import { sourceHash } from '../hash';
import { narrationBudget, narrationRole, oggOpusSeconds, NARRATION_BYTES_PER_SECOND, type Narration } from '../narration';
import { jsonPath } from '../problem';
import type { Translation } from '../schema';
import { translatedText, type StoryString } from '../strings';
import type { Report } from './context';

export interface NarrationBundle {
  /** The narration file as the author knows it, e.g. "stories/sample/narration/id.json". */
  file: string;
  narration: Narration;
  /** The files in its recordings folder (narration/<language>/), by name. */
  recordings: ReadonlyMap<string, Uint8Array>;
}

/** A recording's length may differ from its entry by this much (encoders round to a 20 ms frame). */
const SECONDS_TOLERANCE = 0.1;

export function checkNarration(
  bundle: NarrationBundle,
  source: readonly StoryString[],
  sourceLanguage: string,
  translations: readonly Translation[],
  report: Report,
): void {
  const { file, narration } = bundle;
  const language = narration.language;
  const expected = /([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(file)?.[1];
  if (expected && expected !== language) {
    report('error', 'language-mismatch', '$.language', `The file is named for "${expected}" but says its language is "${language}".`);
  }
  const translation = translations.find((item) => item.language === language);
  if (language !== sourceLanguage && !translation) {
    report('error', 'narration-without-text', '$.language', `There is no ${language} translation of the story, so there is no ${language} text to read aloud.`);
    return;
  }
  // The text a reader sees in this language: the recording must say it.
  const textOf = (entry: StoryString) => (translation ? translatedText(translation, entry.key) : entry.text);
  const strings = new Map(source.map((entry) => [entry.key, entry]));
  for (const [key, clip] of Object.entries(narration.clips)) {
    const at = (...path: string[]) => jsonPath(['clips', key, ...path]);
    const entry = strings.get(key);
    const text = entry ? textOf(entry) : undefined;
    if (!entry || narrationRole(key) === 'none') {
      report(
        'warning',
        'unknown-narration-key',
        at(),
        `"${key}" has a recording, but no text with this key is read aloud; it may have been renamed or removed.`,
      );
    } else if (text === undefined) {
      report(
        'warning',
        'narration-untranslated',
        at(),
        `"${key}" has a ${language} recording but no ${language} text yet: readers see and hear the source language.`,
      );
    } else if (clip.source !== sourceHash(text)) {
      report(
        'warning',
        'stale-narration',
        at('source'),
        `The text of "${key}" changed after it was recorded: record it again (listen mode uses the phone's voice for it meanwhile).`,
      );
    }
    checkRecording(bundle, key, clip, report);
  }
  const used = new Set(Object.values(narration.clips).map((clip) => clip.file));
  for (const name of [...bundle.recordings.keys()].sort()) {
    if (!used.has(name))
      report('warning', 'unused-recording', '$.clips', `The recording ${recordingsFolder(file)}/${name} is not used by any entry: delete it or add its entry.`);
  }
  const missing = source.filter((entry) => narrationRole(entry.key) === 'read' && textOf(entry) !== undefined && !Object.hasOwn(narration.clips, entry.key));
  if (missing.length > 0) {
    const first = missing
      .slice(0, 3)
      .map((entry) => entry.key)
      .join(', ');
    report(
      'note',
      'missing-narration',
      '$.clips',
      `${missing.length} of the texts read aloud have no ${language} recording (${first}${missing.length > 3 ? ', …' : ''}); listen mode uses the phone's voice for them.`,
    );
  }
}

function checkRecording(bundle: NarrationBundle, key: string, clip: Narration['clips'][string], report: Report): void {
  const at = (field: string) => jsonPath(['clips', key, field]);
  const bytes = bundle.recordings.get(clip.file);
  const where = `${recordingsFolder(bundle.file)}/${clip.file}`;
  if (!bytes) {
    report('error', 'missing-recording', at('file'), `The recording ${where} does not exist.`);
    return;
  }
  if (bytes.length !== clip.bytes) {
    report('error', 'recording-size', at('bytes'), `${where} is ${bytes.length} bytes, not ${clip.bytes}: readers are shown the size before they download.`);
  }
  const seconds = oggOpusSeconds(bytes);
  if (seconds === null) {
    report('error', 'not-opus', at('file'), `${where} is not an Ogg Opus recording.`);
    return;
  }
  if (Math.abs(seconds - clip.seconds) > SECONDS_TOLERANCE) {
    report('warning', 'recording-length', at('seconds'), `${where} plays ${seconds.toFixed(2)} s, not ${clip.seconds} s as its entry says.`);
  }
  if (bytes.length > narrationBudget(seconds)) {
    const rate = Math.round(bytes.length / Math.max(seconds, 0.01));
    report(
      'warning',
      'narration-too-large',
      at('file'),
      `${where} uses ${rate} bytes a second; spoken narration needs at most ${NARRATION_BYTES_PER_SECOND} (Opus, mono, 24 kbit/s): encode it again smaller.`,
    );
  }
}

/** stories/<id>/narration/<language>.json → stories/<id>/narration/<language> */
export function recordingsFolder(file: string): string {
  return file.replace(/\.json$/, '');
}
