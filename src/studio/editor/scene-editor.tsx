/** One scene: its title, its pages of panels, and how it ends. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPage, PAGE_TEMPLATES, type PageTemplate } from '../edit/pages';
import type { Editing } from './editing';
import { DeleteSceneButton, SceneTitleField } from './scene-fields';
import { PanelEditor } from './panel-editor';
import { SceneEnd } from './scene-end';

export function SceneEditor(editing: Editing) {
  const { t } = useTranslation();
  const { story, change, selection, select } = editing;
  const [template, setTemplate] = useState<PageTemplate>(1);
  const scene = story.scenes.find((item) => item.id === selection.sceneId) ?? story.scenes[0]!;
  const name = scene.title ?? scene.id;
  return (
    <section className="studio-scene" aria-labelledby="studio-scene-heading">
      <div className="studio-scene-head">
        <h2 id="studio-scene-heading">{t('studio.scene', { name })}</h2>
        <DeleteSceneButton story={story} change={change} select={select} scene={scene} />
      </div>
      <SceneTitleField story={story} change={change} scene={scene} id="studio-scene-title" />
      {scene.pages.map((page, p) => (
        <section key={page.id} className="studio-page" aria-label={t('studio.page', { number: p + 1 })}>
          <h3>{t('studio.page', { number: p + 1 })}</h3>
          <ol className="studio-panels">
            {page.panels.map((panel, q) => (
              <li key={panel.id}>
                <PanelEditor {...editing} panel={panel} number={q + 1} count={page.panels.length} sceneId={scene.id} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div className="studio-add-page">
        <label>
          {t('studio.page-template')}
          <select value={template} onChange={(event) => setTemplate(Number(event.target.value) as PageTemplate)}>
            {PAGE_TEMPLATES.map((count) => (
              <option key={count} value={count}>
                {t('studio.panels', { count })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button-secondary"
          onClick={() => change(addPage(story, scene.id, template, t('studio.starter.description', { lng: story.language })))}
        >
          {t('studio.add-page')}
        </button>
      </div>
      <SceneEnd {...editing} scene={scene} />
    </section>
  );
}
