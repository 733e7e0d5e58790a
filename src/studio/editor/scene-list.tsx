/** The story's scenes in order, the open one marked; a new scene is added by its title. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addScene } from '../edit/scenes';
import type { Editing } from './editing';

export function SceneList({ story, change, selection, select }: Editing) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  return (
    <nav className="studio-scenes" aria-labelledby="studio-scenes-title">
      <h2 id="studio-scenes-title">{t('studio.scenes')}</h2>
      <ol>
        {story.scenes.map((scene) => (
          <li key={scene.id}>
            <button type="button" aria-current={scene.id === selection.sceneId ? 'true' : undefined} onClick={() => select({ sceneId: scene.id })}>
              {scene.title ?? scene.id}
              {scene.id === story.start ? (
                <>
                  {' '}
                  <span className="studio-tag">{t('studio.start-scene')}</span>
                </>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="studio-add-scene"
        onSubmit={(event) => {
          event.preventDefault();
          const next = addScene(story, title.trim(), t('studio.starter.description', { lng: story.language }));
          change(next);
          select({ sceneId: next.scenes.at(-1)!.id });
          setTitle('');
        }}
      >
        <label>
          {t('studio.new-scene-title')}
          <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
        </label>
        <button type="submit" className="button-secondary">
          {t('studio.add-scene')}
        </button>
      </form>
    </nav>
  );
}
