/**
 * A bundled story's offline copy on its card: its size, "save on this phone" with progress, what is saved (true: read
 * from the cache), a save that stopped half-way, and removal that says how much space it freed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeStory, saveStory, useStoryOffline } from '../content/offline/story-offline';
import { formatBytes } from '../ui/bytes';
import { addFeatureWords } from '../ui/feature-words';
import en from './offline-words/en.json';
import id from './offline-words/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './offline-words/jv.json';
import './story-offline.css';

export function StoryOffline({ storyId, describedBy }: { storyId: string; describedBy: string }) {
  const { t, i18n } = useTranslation();
  // Its words come with its code, after the first screen (as the words of stories on this phone do).
  useState(() => addFeatureWords(i18n, { id, en, jv }));
  const offline = useStoryOffline(storyId);
  if (!offline) return null;
  const { state, saving, failed, freed } = offline;
  // "1,4 MB" stays on one line.
  const size = (bytes: number) => formatBytes(bytes, i18n.language).replace(' ', '\u00a0');
  const total = size(state.bytes);
  const stateId = `story-offline-${storyId}`;
  const words =
    saving !== null
      ? t('offline.saving', { percent: Math.floor((saving / Math.max(state.bytes, 1)) * 100), saved: size(saving), size: total })
      : state.kind === 'saved'
        ? t('offline.saved', { size: total })
        : state.kind === 'partial'
          ? t(failed ? 'offline.stopped' : 'offline.partial', { saved: size(state.saved), size: total })
          : freed
            ? t('offline.removed', { size: size(freed) })
            : failed
              ? t('offline.failed', { size: total })
              : ''; // the button says it all: "Simpan di HP (1,1 MB)", one line on a card the first screen shows
  return (
    <div className={`story-offline story-offline-${saving !== null ? 'saving' : state.kind}`}>
      {/* Busy while saving: a screen reader says where it ended, not every file on the way (the bar shows that). */}
      <p id={stateId} className="story-offline-state" role="status" aria-busy={saving !== null}>
        {words}
      </p>
      {saving !== null ? (
        <progress max={state.bytes} value={saving} aria-labelledby={stateId} />
      ) : state.kind === 'saved' ? (
        <button type="button" className="button-quiet" aria-describedby={describedBy} onClick={() => void removeStory(storyId)}>
          {t('offline.remove')}
        </button>
      ) : (
        <button type="button" className="button-quiet" aria-describedby={describedBy} onClick={() => void saveStory(storyId)}>
          {state.kind === 'partial' ? t('offline.resume') : t('offline.save', { size: total })}
        </button>
      )}
    </div>
  );
}
