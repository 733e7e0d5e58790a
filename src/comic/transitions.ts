/**
 * How each authored transition brings a panel in: a CSS animation (comic.css), so a tap on a slow phone costs
 * only the new panel's render. Only transform and opacity move; with reduced motion only the fade is kept.
 */
import type { Transition } from '../story/schema';

export const panelEntrances: Record<Transition, string> = {
  none: 'panel-enter-none',
  fade: 'panel-enter-fade',
  pop: 'panel-enter-pop',
  'slide-left': 'panel-enter-slide-left',
  'slide-up': 'panel-enter-slide-up',
  zoom: 'panel-enter-zoom',
};
