/** How a scene ends: the next scene, the reader's choices (each with its text and target) or an ending. */
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../story/schema';
import { ConfirmButton } from '../confirm-button';
import { addChoice, removeChoice, setChoice } from '../edit/choices';
import { setEnding, setNextScene, setSceneEnd, type SceneEndKind } from '../edit/scenes';
import { ChoiceRules } from '../map/choice-rules';
import type { Editing } from './editing';

const END_KINDS: SceneEndKind[] = ['next', 'choices', 'ending'];

export function SceneEnd({ story, change, selection, scene }: Editing & { scene: Scene }) {
  const { t } = useTranslation();
  const end = scene.then;
  const sceneOptions = story.scenes.map((item) => (
    <option key={item.id} value={item.id}>
      {item.title ?? item.id}
    </option>
  ));
  return (
    <section className="studio-end" aria-labelledby="studio-end-title">
      <h3 id="studio-end-title">{t('studio.scene-end')}</h3>
      <label>
        {t('studio.end-kind')}
        <select value={end.kind} onChange={(event) => change(setSceneEnd(story, scene.id, event.target.value as SceneEndKind))}>
          {END_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`studio.end-${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {end.kind === 'next' ? (
        <label>
          {t('studio.next-scene')}
          <select value={end.scene} onChange={(event) => change(setNextScene(story, scene.id, event.target.value))}>
            {sceneOptions}
          </select>
        </label>
      ) : null}
      {end.kind === 'ending' ? (
        <label>
          {t('studio.ending')}
          <select value={end.ending} onChange={(event) => change(setEnding(story, scene.id, event.target.value))}>
            {story.endings.map((ending) => (
              <option key={ending.id} value={ending.id}>
                {ending.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {end.kind === 'choices' ? (
        <ol className="studio-choices">
          {end.choices.map((choice, index) => {
            const label = t('studio.choice', { number: index + 1 });
            return (
              <li key={choice.id} className={selection.choiceId === choice.id ? 'studio-selected' : undefined}>
                <fieldset>
                  <legend>{label}</legend>
                  <label className="studio-wide">
                    {t('studio.choice-text')}
                    <input
                      id={`studio-choice-${choice.id}`}
                      value={choice.text}
                      maxLength={500}
                      onChange={(event) => change(setChoice(story, scene.id, choice.id, { text: event.target.value }), `choice ${choice.id} text`)}
                    />
                  </label>
                  <label>
                    {t('studio.choice-target')}
                    <select value={choice.target} onChange={(event) => change(setChoice(story, scene.id, choice.id, { target: event.target.value }))}>
                      {sceneOptions}
                    </select>
                  </label>
                  <ChoiceRules story={story} change={change} sceneId={scene.id} choice={choice} label={label} />
                  <ConfirmButton
                    label={t('studio.remove-choice')}
                    question={t('studio.remove-choice-question', { number: index + 1 })}
                    onConfirm={() => change(removeChoice(story, scene.id, choice.id))}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      {end.kind === 'choices' ? (
        <button type="button" className="button-secondary" onClick={() => change(addChoice(story, scene.id))}>
          {t('studio.add-choice')}
        </button>
      ) : null}
    </section>
  );
}
