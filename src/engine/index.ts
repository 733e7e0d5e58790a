/** The engine's public surface. */
export { start, next, back, choose, choicesOf, undoChoice, beatOf, isFinished, currentScene } from './engine';
export { sceneById, sceneOf, pageById, panelById, panelPlace } from './place';
export { restore, type Restored, type RestoreStatus } from './restore';
export { STATE_VERSION, MIN_STATE_VERSION } from './state';
export { readingProgress, readingFraction, isAtStart, isFurther } from './progress';
export { readSavedState, MAX_PATH_STEPS } from './saved-state';
export type { ReadingState, Beat, ChoiceOption, ChooseResult, PathStep, Position } from './state';
export { sceneProgress, pathScenes, backToScene, endingsFound } from './story-map';
