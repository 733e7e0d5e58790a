/**
 * Scene fields the outline and the story map both show: the form that adds a scene by its title, a scene's title, and
 * deleting a scene.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../story/schema';
import { ConfirmButton } from '../confirm-button';
import { addScene, deleteScene, linksInto, renameScene } from '../edit/scenes';
import type { Editing } from './editing';

/** Adds a scene with the title typed and selects it; `children` follow the button (the map's help). */
export function AddSceneForm({
  story,
  change,
  select,
  className,
  children,
}: Pick<Editing, 'story' | 'change' | 'select'> & { className: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  return (
    <form
      className={className}
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
      {children}
    </form>
  );
}

/** The scene's title, typed as one undo step; `id` lets a problem or F2 on the map take the focus there. */
export function SceneTitleField({ story, change, scene, id }: Pick<Editing, 'story' | 'change'> & { scene: Scene; id: string }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('studio.scene-title')}
      <input
        id={id}
        value={scene.title ?? ''}
        maxLength={500}
        onChange={(event) => change(renameScene(story, scene.id, event.target.value), `scene ${scene.id} title`)}
      />
    </label>
  );
}

/**
 * Deletes a scene after asking, saying how many ways into it will then show in the check (they are kept, for the
 * author to lead elsewhere); then selects the story's start. None for a story's only scene.
 */
export function DeleteSceneButton({ story, change, select, scene }: Pick<Editing, 'story' | 'change' | 'select'> & { scene: Scene }) {
  const { t } = useTranslation();
  if (story.scenes.length < 2) return null;
  const into = linksInto(story, scene.id);
  const question = t('studio.delete-scene-question', { name: scene.title ?? scene.id });
  return (
    <ConfirmButton
      label={t('studio.delete-scene')}
      question={into > 0 ? `${question} ${t('studio.delete-scene-links', { count: into })}` : question}
      onConfirm={() => {
        const next = deleteScene(story, scene.id);
        change(next);
        select({ sceneId: next.start });
      }}
    />
  );
}
