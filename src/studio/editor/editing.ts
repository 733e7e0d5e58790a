/** What every part of the editor is handed: the story, a way to change it, and the selection. */
import type { Story, Translation } from '../../story/schema';
import type { Selection } from '../check/place';

export interface Editing {
  story: Story;
  /** `group`: changes in one field join into one undo step (history.ts). */
  change: (story: Story, group?: string) => void;
  selection: Selection;
  select: (selection: Selection) => void;
  /** The draft's translations: the balloon stage checks that each language's text fits. */
  translations?: readonly Translation[];
}

/** The DOM ID of the field a selection focuses (a click on a problem lands there). */
export function fieldId(selection: Selection): string {
  if (selection.balloonId && selection.panelId) return `studio-balloon-${selection.panelId}-${selection.balloonId}`;
  if (selection.panelId) return `studio-panel-${selection.panelId}`;
  if (selection.choiceId) return `studio-choice-${selection.choiceId}`;
  return 'studio-scene-title';
}
