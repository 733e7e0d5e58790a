/**
 * The reader's story map, a sheet opened from the story's title in the reader's bar: how far along (scene N of M),
 * the scenes of this path to go back to, the endings found (their titles) and how many are still to find (never
 * which: no spoilers), and a bookmark to come back to this place.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backToScene, beatOf, endingsFound, pathScenes, restore, sceneById, sceneProgress, type ReadingState } from '../engine';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { useProgress } from '../store/progress';
import { useModalDialog } from '../ui/use-modal-dialog';
import './story-map.css';

interface Props {
  story: Story;
  state: ReadingState;
  text: (key: string, fallback?: string) => string;
  /** Reads on from another place: a scene gone back to, or the bookmark. */
  onGo: (state: ReadingState) => void;
  onClose: () => void;
}

export function StoryMap({ story, state, text, onGo, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [marked, setMarked] = useState(false);
  const reached = useProgress((progress) => progress.endings[story.id]);
  const saved = useProgress((progress) => progress.bookmarks[story.id]);
  // Modal: the focus moves in, Esc closes, the reader behind cannot be reached by a stray tap.
  useModalDialog(dialog);
  const progress = sceneProgress(story, state);
  const endings = endingsFound(story, reached ?? []);
  const bookmark = saved ? restore(story, saved) : null;
  const sceneName = (sceneId: string, number: number) => {
    const scene = sceneById(story, sceneId);
    return scene?.title ? text(storyKeys.sceneTitle(sceneId), scene.title) : t('map.scene-number', { number });
  };
  const go = (next: ReadingState) => {
    onGo(next);
    onClose();
  };
  const here = pathScenes(state);
  const bookmarkScene = bookmark && bookmark.status !== 'reset' ? beatOf(story, bookmark.state).sceneId : null;
  return (
    <dialog ref={dialog} className="story-map" aria-labelledby="story-map-title" onClose={onClose}>
      <div className="story-map-head">
        <h2 id="story-map-title">{t('map.title')}</h2>
        <button type="button" className="story-map-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('app.close')}</span>
        </button>
      </div>
      <p className="story-map-progress">{t('map.progress', { scene: progress.scene, scenes: progress.scenes })}</p>

      <section aria-labelledby="map-bookmark">
        <h3 id="map-bookmark">{t('map.bookmark')}</h3>
        <div className="story-map-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              useProgress.getState().bookmark(story.id, state);
              setMarked(true);
            }}
          >
            {t('map.bookmark-here')}
          </button>
          {bookmark && bookmarkScene ? (
            <button type="button" className="button-primary" onClick={() => go(bookmark.state)}>
              {t('map.bookmark-go', { scene: sceneName(bookmarkScene, bookmark.state.path.length) })}
            </button>
          ) : null}
        </div>
        <p className="story-map-help" role="status">
          {marked ? t('map.bookmark-done') : bookmarkScene ? null : t('map.bookmark-help')}
        </p>
      </section>

      <section aria-labelledby="map-scenes">
        <h3 id="map-scenes">{t('map.scenes')}</h3>
        <ol className="story-map-scenes">
          {here.map((sceneId, index) => (
            <li key={`${index}-${sceneId}`}>
              {index === here.length - 1 ? (
                <span className="story-map-here" aria-current="step">
                  {sceneName(sceneId, index + 1)} · {t('map.you-are-here')}
                </span>
              ) : (
                <button type="button" onClick={() => go(backToScene(story, state, index))}>
                  {sceneName(sceneId, index + 1)}
                </button>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="map-endings">
        <h3 id="map-endings">{t('map.endings', { found: endings.found.length, total: story.endings.length })}</h3>
        {endings.found.length > 0 ? (
          <ul className="story-map-endings">
            {endings.found.map((endingId) => {
              const ending = story.endings.find((item) => item.id === endingId)!;
              return (
                <li key={endingId} className={ending.kind === 'good' ? 'ending-found-good' : 'ending-found-bad'}>
                  {text(storyKeys.endingTitle(endingId), ending.title)} · {ending.kind === 'good' ? t('ending.good') : t('ending.bad')}
                </li>
              );
            })}
          </ul>
        ) : null}
        <p className="story-map-help">{endings.unfound > 0 ? t('map.endings-unfound', { count: endings.unfound }) : t('map.endings-all')}</p>
      </section>
    </dialog>
  );
}
