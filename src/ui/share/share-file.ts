/**
 * Sharing a story: its pack handed to the phone's share sheet (WhatsApp, Bluetooth, Nearby Share) where the browser
 * can share files, else downloaded for the reader to send from their files. Loaded on the first tap on "Bagikan", with
 * the pack code and these words.
 */
import type { i18n } from 'i18next';
import { storyPack } from '../../content/story-pack';
import { downloadFile } from '../download';
import { addFeatureWords } from '../feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './locales/jv.json';

/** What became of it; `idle`: the reader closed the share sheet. */
export type Shared = { state: 'idle' | 'shared' | 'missing-art' | 'unreadable' } | { state: 'downloaded'; file: string };

export async function shareStory(storyId: string, i18next: i18n): Promise<Shared> {
  addFeatureWords(i18next, { id, en, jv });
  const pack = await storyPack(storyId);
  if (!pack.ok) return { state: pack.reason };
  const file = new File([new Uint8Array(pack.bytes)], pack.fileName, { type: 'application/octet-stream' });
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return { state: 'shared' };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return { state: 'idle' };
      // Any other refusal (the file type, a lost user gesture): the download below still hands it over.
    }
  }
  downloadFile(pack.fileName, new Uint8Array(pack.bytes), 'application/octet-stream');
  return { state: 'downloaded', file: pack.fileName };
}
