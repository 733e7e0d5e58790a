/** How each authored transition brings a panel in. Only transform and opacity move (cheap on a slow phone). */
import type { Transition } from '../story/schema';

type Variant = { opacity?: number; x?: string | number; y?: string | number; scale?: number };

export const panelEntrances: Record<Transition, { initial: Variant; animate: Variant; exit: Variant }> = {
  none: { initial: { opacity: 1 }, animate: { opacity: 1 }, exit: { opacity: 1 } },
  fade: { initial: { opacity: 0 }, animate: { opacity: 1 }, exit: { opacity: 0 } },
  pop: { initial: { opacity: 0, scale: 0.9 }, animate: { opacity: 1, scale: 1 }, exit: { opacity: 0 } },
  'slide-left': { initial: { opacity: 0, x: '30%' }, animate: { opacity: 1, x: 0 }, exit: { opacity: 0, x: '-30%' } },
  'slide-up': { initial: { opacity: 0, y: '25%' }, animate: { opacity: 1, y: 0 }, exit: { opacity: 0, y: '-25%' } },
  zoom: { initial: { opacity: 0, scale: 1.15 }, animate: { opacity: 1, scale: 1 }, exit: { opacity: 0 } },
};
