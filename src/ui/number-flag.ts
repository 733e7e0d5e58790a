/**
 * Set around a story no known publisher vouches for (ui/trust/unverified-story.tsx): StoryText hands its text to it,
 * so every phone number that is not an official helpline is flagged wherever the story's text shows. Null for the
 * app's own and signed stories. Tiny on purpose: the flagging itself loads only with such a story.
 */
import { createContext, type ReactNode } from 'react';

export const NumberFlag = createContext<((text: string) => ReactNode) | null>(null);
