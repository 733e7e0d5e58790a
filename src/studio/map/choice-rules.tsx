/**
 * A choice's condition and effects, built from pickers (never typed as code): who may take the choice (a flag set or
 * not, a scene visited or not, a lesson learned or not; all of them or any), and which flags taking it sets or
 * clears. New flags are declared here too. Used by the outline's choice editor and the map's side panel alike.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, Effect } from '../../story/schema';
import {
  conditionOfForm,
  declareFlag,
  formOf,
  setChoiceCondition,
  setChoiceEffects,
  TEST_KINDS,
  testSubject,
  type ConditionForm,
  type TestKind,
} from '../edit/conditions';
import type { Editing } from '../editor/editing';
import { useLessons } from './use-lessons';

type Props = Pick<Editing, 'story' | 'change'> & { sceneId: string; choice: Choice; label: string };

export function ChoiceRules({ story, change, sceneId, choice, label }: Props) {
  const { t } = useTranslation();
  const catalog = useLessons();
  const [flagName, setFlagName] = useState('');
  const form = formOf(choice.condition);
  const flags = (story.flags ?? []).map((flag) => ({ id: flag.id, name: flag.id }));
  const scenes = story.scenes.map((scene) => ({ id: scene.id, name: scene.title ?? scene.id }));
  const lessons = catalog.map((lesson) => ({ id: lesson.id, name: lesson.title }));
  const options = { flag: flags, scene: scenes, lesson: lessons };
  const effects = choice.effects ?? [];
  const setForm = (next: ConditionForm) => change(setChoiceCondition(story, sceneId, choice.id, conditionOfForm(next)));
  const setEffects = (next: Effect[]) => change(setChoiceEffects(story, sceneId, choice.id, next));
  const firstOf = (kind: TestKind) => options[testSubject(kind)][0]?.id ?? '';
  const named = (what: string) => `${what} (${label})`;

  return (
    <div className="map-rules">
      <fieldset>
        <legend>{t('studio.map.condition')}</legend>
        {form === null ? (
          <p>{t('studio.map.condition-in-file')}</p>
        ) : (
          <>
            {form.tests.length === 0 ? <p className="map-hint">{t('studio.map.condition-none')}</p> : null}
            {form.tests.length > 1 ? (
              <label>
                {t('studio.map.join')}
                <select value={form.join} onChange={(event) => setForm({ ...form, join: event.target.value as ConditionForm['join'] })}>
                  <option value="all">{t('studio.map.join-all')}</option>
                  <option value="any">{t('studio.map.join-any')}</option>
                </select>
              </label>
            ) : null}
            <ol className="map-rule-list">
              {form.tests.map((test, index) => {
                const replace = (kind: TestKind, id: string) => setForm({ ...form, tests: form.tests.map((item, i) => (i === index ? { kind, id } : item)) });
                const number = index + 1;
                return (
                  <li key={index} className="map-rule">
                    <label>
                      {t('studio.map.test', { number })}
                      <select
                        value={test.kind}
                        onChange={(event) => {
                          const kind = event.target.value as TestKind;
                          replace(kind, testSubject(kind) === testSubject(test.kind) ? test.id : firstOf(kind));
                        }}
                      >
                        {TEST_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`studio.map.test-${kind}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      {t(`studio.map.subject-${testSubject(test.kind)}`)}
                      <select value={test.id} onChange={(event) => replace(test.kind, event.target.value)}>
                        <Options list={options[testSubject(test.kind)]} current={test.id} />
                      </select>
                    </label>
                    <button type="button" className="button-quiet" onClick={() => setForm({ ...form, tests: form.tests.filter((_, i) => i !== index) })}>
                      {t('studio.map.remove')}
                      <span className="visually-hidden"> {t('studio.map.test', { number })}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const kind: TestKind = flags.length > 0 ? 'flag-set' : 'visited';
                setForm({ ...form, tests: [...form.tests, { kind, id: firstOf(kind) }] });
              }}
            >
              {named(t('studio.map.add-test'))}
            </button>
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('studio.map.effects')}</legend>
        {effects.length === 0 ? <p className="map-hint">{t('studio.map.effects-none')}</p> : null}
        <ol className="map-rule-list">
          {effects.map((effect, index) => {
            const set = 'set' in effect;
            const flag = 'set' in effect ? effect.set : effect.clear;
            const replace = (next: Effect) => setEffects(effects.map((item, i) => (i === index ? next : item)));
            const number = index + 1;
            return (
              <li key={index} className="map-rule">
                <label>
                  {t('studio.map.effect', { number })}
                  <select value={set ? 'set' : 'clear'} onChange={(event) => replace(event.target.value === 'set' ? { set: flag } : { clear: flag })}>
                    <option value="set">{t('studio.map.effect-set')}</option>
                    <option value="clear">{t('studio.map.effect-clear')}</option>
                  </select>
                </label>
                <label>
                  {t('studio.map.subject-flag')}
                  <select value={flag} onChange={(event) => replace(set ? { set: event.target.value } : { clear: event.target.value })}>
                    <Options list={flags} current={flag} />
                  </select>
                </label>
                <button type="button" className="button-quiet" onClick={() => setEffects(effects.filter((_, i) => i !== index))}>
                  {t('studio.map.remove')}
                  <span className="visually-hidden"> {t('studio.map.effect', { number })}</span>
                </button>
              </li>
            );
          })}
        </ol>
        {flags.length > 0 ? (
          <button type="button" className="button-secondary" onClick={() => setEffects([...effects, { set: flags[0]!.id }])}>
            {named(t('studio.map.add-effect'))}
          </button>
        ) : null}
      </fieldset>
      <form
        className="map-new-flag"
        onSubmit={(event) => {
          event.preventDefault();
          if (!flagName.trim()) return;
          change(declareFlag(story, flagName).story);
          setFlagName('');
        }}
      >
        <label>
          {t('studio.map.new-flag')}
          <input value={flagName} maxLength={60} onChange={(event) => setFlagName(event.target.value)} />
        </label>
        <button type="submit" className="button-secondary">
          {t('studio.map.declare-flag')}
        </button>
      </form>
      <p className="map-hint">{t('studio.map.flags-hint')}</p>
    </div>
  );
}

/** The choices of a picker; an ID the story no longer has stays listed (as it is), so the picker shows the truth. */
function Options({ list, current }: { list: { id: string; name: string }[]; current: string }) {
  const known = list.some((item) => item.id === current);
  return (
    <>
      {known || !current ? null : <option value={current}>{current}</option>}
      {list.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
