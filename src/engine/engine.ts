/**
 * The story engine: pure, deterministic steps over a validated story and a plain-JSON reading state.
 * No React, storage, DOM or i18n: the reader, presenter, print and the checker all drive this.
 * Every step returns a new state and never mutates its input. A step costs the same however long the path already
 * is: states share their path through a trail (trail.ts) instead of copying it.
 */
import type { Scene, Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { holds, type Facts } from './conditions';
import { emptyDerived, enterSceneInto, reachEnding, replayPath, takeChoiceInto, type FactsWriter } from './derive';
import { STATE_VERSION, type Beat, type ChoiceOption, type ChooseResult, type PathStep, type Position, type ReadingState } from './state';
import { indexStory } from './story-index';
import { extend, hasVisited, lastFacts, lastStep, pathOf, truncate, visitedOf, type Trail } from './trail';

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
    return moveTo(story, state, { kind: 'panel', panel: panels[position + 1]!.panel.id });
  }
  const end = scene.then;
  if (end.kind === 'choices') return moveTo(story, state, { kind: 'choices' });
  const trail = trailOf(story, state);
  if (end.kind === 'ending') {
    const derived = { ...emptyDerived(), lessons: new Set(state.lessons) };
    reachEnding(derived, story, scene);
    return stateOn(state.storyId, trail, { kind: 'ending' }, state.flags, [...derived.lessons]);
  }
  const target = indexStory(story).scenes.get(end.scene)!;
  return forward(state, trail, { scene: target.id }, firstPanel(story, target.id), (facts) => enterSceneInto(facts, target));
}

/**
 * Back one beat. From the first panel of a scene entered by a choice, back returns to that choice point
 * and undoes the choice (its effects and lessons); from a scene entered by "next", to the previous scene's last panel.
 */
export function back(story: Story, state: ReadingState): ReadingState {
  const scene = currentScene(story, state);
  const panels = indexStory(story).panels.get(scene.id)!;
  const trail = trailOf(story, state);
  // From the choices or the ending, the facts are the scene's as entered: an ending's lessons are undone.
  if (state.at.kind !== 'panel') return onTrail(state.storyId, trail, lastPanel(story, scene.id));
  const panelId = state.at.panel;
  const position = panels.findIndex((place) => place.panel.id === panelId);
  if (position > 0) return moveTo(story, state, { kind: 'panel', panel: panels[position - 1]!.panel.id });
  if (trail.length === 1) return state;
  const left = lastStep(trail);
  const shorter = truncate(trail, trail.length - 1);
  return onTrail(state.storyId, shorter, left.choice ? { kind: 'choices' } : lastPanel(story, lastStep(shorter).scene));
}

/** The choices at the current choice point, hidden ones left out, unavailable ones with their reason. */
export function choicesOf(story: Story, state: ReadingState): ChoiceOption[] {
  const scene = currentScene(story, state);
  if (scene.then.kind !== 'choices') return [];
  const facts = factsOf(story, state);
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
  if (choice.condition && !holds(choice.condition, factsOf(story, state))) return { ok: false, reason: 'unavailable', state };
  const target = indexStory(story).scenes.get(choice.target)!;
  const entered = forward(state, trailOf(story, state), { scene: target.id, choice: choice.id }, firstPanel(story, target.id), (facts) => {
    takeChoiceInto(facts, choice);
    enterSceneInto(facts, target);
  });
  return { ok: true, state: entered };
}

/** Back to the most recent choice point with that choice undone ("try another choice"); unchanged when no choice was made. */
export function undoChoice(story: Story, state: ReadingState): ReadingState {
  const trail = trailOf(story, state);
  const entries = pathOf(trail);
  const last = entries.findLastIndex((step) => step.choice !== undefined);
  if (last < 0) return state;
  return onTrail(state.storyId, truncate(trail, last), { kind: 'choices' });
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
  return indexStory(story).scenes.get(lastStep(trailOf(story, state)).scene)!;
}

export function firstPanel(story: Story, sceneId: string): Position {
  return { kind: 'panel', panel: indexStory(story).panels.get(sceneId)![0]!.panel.id };
}

export function lastPanel(story: Story, sceneId: string): Position {
  const panels = indexStory(story).panels.get(sceneId)!;
  return { kind: 'panel', panel: panels[panels.length - 1]!.panel.id };
}

/** A state from a (valid) path and position, with everything derived by replaying it (replayPath). */
export function build(story: Story, path: readonly PathStep[], at: Position): ReadingState {
  const derived = emptyDerived();
  let trail = null as Trail | null;
  const scene = replayPath(story, path, derived, (step) => (trail = extend(trail, step, [...derived.flags], [...derived.lessons])));
  if (scene && at.kind === 'ending') reachEnding(derived, story, scene);
  return stateOn(story.id, trail!, at, [...derived.flags], [...derived.lessons]);
}

/**
 * The trail each state the engine made stands on. A state from elsewhere (read from storage, sent by the presenter's
 * other window, spread into a new object) is replayed once, then its successors share the trail.
 */
const trails = new WeakMap<ReadingState, Trail>();

function trailOf(story: Story, state: ReadingState): Trail {
  let trail = trails.get(state);
  if (!trail) {
    trail = trails.get(build(story, state.path, state.at))!;
    trails.set(state, trail);
  }
  return trail;
}

/** A state on a trail. Its path and visited scenes are read out of the trail when first asked for: still plain JSON. */
function stateOn(storyId: string, trail: Trail, at: Position, flags: string[], lessons: string[]): ReadingState {
  const state: ReadingState = {
    version: STATE_VERSION,
    storyId,
    get path() {
      return pathOf(trail);
    },
    at,
    flags,
    get visited() {
      return visitedOf(trail);
    },
    lessons,
  };
  trails.set(state, trail);
  return state;
}

/** At the end of the trail, with the facts as its last scene was entered. */
function onTrail(storyId: string, trail: Trail, at: Position): ReadingState {
  const facts = lastFacts(trail);
  return stateOn(storyId, trail, at, facts.flags, facts.lessons);
}

/** Another place in the same scene: the same trail and facts. */
function moveTo(story: Story, state: ReadingState, at: Position): ReadingState {
  return stateOn(state.storyId, trailOf(story, state), at, state.flags, state.lessons);
}

/** Into another scene: the state's facts as `enter` changes them, on the trail one scene longer (which keeps the visits). */
function forward(state: ReadingState, trail: Trail, step: PathStep, at: Position, enter: (facts: FactsWriter) => void): ReadingState {
  const flags = new Set(state.flags);
  const lessons = new Set(state.lessons);
  enter({ visit: () => {}, set: (flag) => flags.add(flag), clear: (flag) => flags.delete(flag), learn: (lesson) => lessons.add(lesson) });
  return onTrail(state.storyId, extend(trail, step, [...flags], [...lessons]), at);
}

function factsOf(story: Story, state: ReadingState): Facts {
  const trail = trailOf(story, state);
  return { flags: new Set(state.flags), lessons: new Set(state.lessons), visited: { has: (sceneId) => hasVisited(trail, sceneId) } };
}
