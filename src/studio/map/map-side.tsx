/**
 * The map's side panel for the selected scene: its title (renamed here, the box follows as you type), where it leads
 * ("connect to…", the keyboard's way of drawing a link), each choice's condition and effects, opening it in the
 * outline, and deleting it after saying what becomes of the links into it.
 */
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../story/schema';
import type { Editing } from '../editor/editing';
import { DeleteSceneButton, SceneTitleField } from '../editor/scene-fields';
import { ChoiceRules } from './choice-rules';
import { connect } from './connect';
import { choiceHandle, endingBoxId, NEXT_HANDLE, sceneBoxId } from './map-graph';

export function MapSide({ scene, onOpen, ...editing }: Editing & { scene: Scene; onOpen: (sceneId: string) => void }) {
  const { t } = useTranslation();
  const { story, change, select, selection } = editing;
  const name = scene.title ?? scene.id;
  const end = scene.then;
  const sceneOptions = story.scenes.map((item) => (
    <option key={item.id} value={sceneBoxId(item.id)}>
      {item.title ?? item.id}
    </option>
  ));
  return (
    <section className="map-side" aria-labelledby="map-side-title">
      <h2 id="map-side-title">{t('studio.scene', { name })}</h2>
      <SceneTitleField story={story} change={change} scene={scene} id="map-scene-title" />
      <p className="map-hint">{t('studio.map.pages', { count: scene.pages.length })}</p>
      <div className="studio-row">
        <button type="button" className="button-secondary" onClick={() => onOpen(scene.id)}>
          {t('studio.map.open')}
        </button>
        <DeleteSceneButton story={story} change={change} select={select} scene={scene} />
      </div>
      {end.kind === 'choices' ? (
        <ol className="map-choices">
          {end.choices.map((choice, index) => {
            const label = t('studio.choice', { number: index + 1 });
            return (
              <li key={choice.id} className={selection.choiceId === choice.id ? 'studio-selected' : undefined}>
                <fieldset>
                  <legend>
                    {label}: {choice.text || t('studio.map.no-text')}
                  </legend>
                  <label>
                    {t('studio.map.connect-to')}
                    <select
                      value={sceneBoxId(choice.target)}
                      onChange={(event) => change(connect(story, scene.id, choiceHandle(choice.id), event.target.value))}
                    >
                      {story.scenes.some((item) => item.id === choice.target) ? null : (
                        <option value={sceneBoxId(choice.target)}>{t('studio.map.missing-scene')}</option>
                      )}
                      {sceneOptions}
                    </select>
                  </label>
                  <ChoiceRules story={story} change={change} sceneId={scene.id} choice={choice} label={label} />
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <label>
          {t('studio.map.then')}
          <select
            value={end.kind === 'next' ? sceneBoxId(end.scene) : endingBoxId(end.ending)}
            onChange={(event) => change(connect(story, scene.id, NEXT_HANDLE, event.target.value))}
          >
            {end.kind === 'next' && !story.scenes.some((item) => item.id === end.scene) ? (
              <option value={sceneBoxId(end.scene)}>{t('studio.map.missing-scene')}</option>
            ) : null}
            <optgroup label={t('studio.map.scenes')}>{sceneOptions}</optgroup>
            <optgroup label={t('studio.map.endings')}>
              {story.endings.map((ending) => (
                <option key={ending.id} value={endingBoxId(ending.id)}>
                  {ending.title}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      )}
    </section>
  );
}
