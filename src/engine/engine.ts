/**
 * The story engine: pure, deterministic steps over a validated story and a plain-JSON reading state.
 * No React, storage, DOM or i18n: the reader, presenter, print and the checker all drive this.
 * Every step returns a new state and never mutates its input.
 */
import type { Scene, Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { holds } from './conditions';
import { derive, enterScene, reachEnding, takeChoice, type Derived } from './derive';
import { STATE_VERSION, type Beat, type ChoiceOption, type ChooseResult, type PathStep, type Position, type ReadingState } from './state';
import { indexStory } from './story-index';

/** A new reading at the first panel of the story's start scene. */
export function start(story: Story): ReadingState {
  return build(story, [{ scene: story.start }], firstPanel(story, story.start));
}

/** Forward one beat: the next panel, the next scene, the scene's choices or its ending. */
export function next(story: Story, state: ReadingState): ReadingState {
  if (state.at.kind !== 'panel') return state;
  const scene = currentScene(story, state);
  const panels = indexStory(story).panels.get(scene.id)!;
  const position = panels.findIndex((place) => place.panel.id === (state.at as { panel: string }).panel);
  if (position >= 0 && position < panels.length - 1) {
    return { ...state, at: { kind: 'panel', panel: panels[position + 1]!.panel.id } };
  }
  const end = scene.then;
  if (end.kind === 'choices') return { ...state, at: { kind: 'choices' } };
  if (end.kind === 'ending') {
    const derived = toDerived(state);
    reachEnding(derived, story, scene);
    return withDerived(state, [...state.path], { kind: 'ending' }, derived);
  }
  const target = indexStory(story).scenes.get(end.scene)!;
  const derived = toDerived(state);
  enterScene(derived, target);
  return withDerived(state, [...state.path, { scene: target.id }], firstPanel(story, target.id), derived);
}

/**
 * Back one beat. From the first panel of a scene entered by a choice, back returns to that choice point
 * and undoes the choice (its effects and lessons); from a scene entered by "next", to the previous scene's last panel.
 */
export function back(story: Story, state: ReadingState): ReadingState {
  const scene = currentScene(story, state);
  const panels = indexStory(story).panels.get(scene.id)!;
  if (state.at.kind !== 'panel') return build(story, state.path, lastPanel(story, scene.id));
  const panelId = state.at.panel;
  const position = panels.findIndex((place) => place.panel.id === panelId);
  if (position > 0) return { ...state, at: { kind: 'panel', panel: panels[position - 1]!.panel.id } };
  if (state.path.length === 1) return state;
  const left = state.path[state.path.length - 1]!;
  const path = state.path.slice(0, -1);
  const previous = path[path.length - 1]!.scene;
  return build(story, path, left.choice ? { kind: 'choices' } : lastPanel(story, previous));
}

/** The choices at the current choice point, hidden ones left out, unavailable ones with their reason. */
export function choicesOf(story: Story, state: ReadingState): ChoiceOption[] {
  const scene = currentScene(story, state);
  if (scene.then.kind !== 'choices') return [];
  const facts = toDerived(state);
  const options: ChoiceOption[] = [];
  for (const choice of scene.then.choices) {
    const enabled = !choice.condition || holds(choice.condition, facts);
    if (!enabled && !choice.unavailable) continue;
    options.push({
      id: choice.id,
      textKey: storyKeys.choice(choice.id),
      enabled,
      ...(enabled ? {} : { reasonKey: storyKeys.unavailable(choice.id) }),
    });
  }
  return options;
}

/** Takes a choice at the current choice point; refuses (with the reason) when it is not there or not available. */
export function choose(story: Story, state: ReadingState, choiceId: string): ChooseResult {
  if (state.at.kind !== 'choices') return { ok: false, reason: 'not-at-choices', state };
  const scene = currentScene(story, state);
  const choice = scene.then.kind === 'choices' ? scene.then.choices.find((item) => item.id === choiceId) : undefined;
  if (!choice) return { ok: false, reason: 'unknown-choice', state };
  const derived = toDerived(state);
  if (choice.condition && !holds(choice.condition, derived)) return { ok: false, reason: 'unavailable', state };
  const target = indexStory(story).scenes.get(choice.target)!;
  takeChoice(derived, choice);
  enterScene(derived, target);
  return { ok: true, state: withDerived(state, [...state.path, { scene: target.id, choice: choice.id }], firstPanel(story, target.id), derived) };
}

/** Back to the most recent choice point with that choice undone ("try another choice"); unchanged when no choice was made. */
export function undoChoice(story: Story, state: ReadingState): ReadingState {
  const last = state.path.findLastIndex((step) => step.choice !== undefined);
  if (last < 0) return state;
  return build(story, state.path.slice(0, last), { kind: 'choices' });
}

/** What to show now. */
export function beatOf(story: Story, state: ReadingState): Beat {
  const scene = currentScene(story, state);
  const at = state.at;
  if (at.kind === 'panel') {
    const panels = indexStory(story).panels.get(scene.id)!;
    const panelIndex = Math.max(
      0,
      panels.findIndex((place) => place.panel.id === at.panel),
    );
    const place = panels[panelIndex]!;
    return { kind: 'panel', sceneId: scene.id, pageId: place.page.id, panelId: place.panel.id, panelIndex, panelCount: panels.length };
  }
  if (at.kind === 'choices') {
    const promptKey = scene.then.kind === 'choices' && scene.then.prompt ? storyKeys.prompt(scene.id) : undefined;
    return { kind: 'choices', sceneId: scene.id, ...(promptKey ? { promptKey } : {}), options: choicesOf(story, state) };
  }
  const ending = indexStory(story).endings.get((scene.then as { ending: string }).ending)!;
  const learned = state.lessons;
  const missed = (ending.misses ?? []).filter((lesson) => !learned.includes(lesson));
  return { kind: 'ending', sceneId: scene.id, endingId: ending.id, good: ending.kind === 'good', learned: [...learned], missed };
}

/** True at an ending: nothing comes next. */
export function isFinished(state: ReadingState): boolean {
  return state.at.kind === 'ending';
}

export function currentScene(story: Story, state: ReadingState): Scene {
  return indexStory(story).scenes.get(state.path[state.path.length - 1]!.scene)!;
}

export function firstPanel(story: Story, sceneId: string): Position {
  return { kind: 'panel', panel: indexStory(story).panels.get(sceneId)![0]!.panel.id };
}

export function lastPanel(story: Story, sceneId: string): Position {
  const panels = indexStory(story).panels.get(sceneId)!;
  return { kind: 'panel', panel: panels[panels.length - 1]!.panel.id };
}

/** A state from a (valid) path and position, with everything derived by replay. */
export function build(story: Story, path: readonly PathStep[], at: Position): ReadingState {
  return withDerived({ version: STATE_VERSION, storyId: story.id } as ReadingState, [...path], at, derive(story, path, at));
}

function withDerived(state: ReadingState, path: PathStep[], at: Position, derived: Derived): ReadingState {
  return {
    version: STATE_VERSION,
    storyId: state.storyId,
    path,
    at,
    flags: [...derived.flags],
    visited: [...derived.visited],
    lessons: [...derived.lessons],
  };
}

function toDerived(state: ReadingState): Derived {
  return { flags: new Set(state.flags), visited: new Set(state.visited), lessons: new Set(state.lessons) };
}
