/** The story's scenes in order, the open one marked; a new scene is added by its title. */
import { useTranslation } from 'react-i18next';
import type { Editing } from './editing';
import { AddSceneForm } from './scene-fields';

export function SceneList({ story, change, selection, select }: Editing) {
  const { t } = useTranslation();
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
      <AddSceneForm story={story} change={change} select={select} className="studio-add-scene" />
    </nav>
  );
}
