/**
 * The live check, run a moment after the story stops changing (typing does not re-check on every key). A story with
 * panels composed from the kit loads the kit's code too, so the check knows the faces in those pictures (a tail
 * drawn into a face is named, as story:check names it); a story without them never loads it. Beside story:check's rules,
 * the starter words the Studio gave the story and the author has not written over yet (starter-text.ts).
 */
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../ui/languages';
import type { Box, Character, Compose, Story, Translation } from '../../story/schema';
import type { composeStoryPanel } from '../kit/kit-draw';
import { checkDraftForPlay, storyFileOf, type DraftCheck, type FacesOf } from './live-check';
import { starterTextProblems, type StarterWords } from './starter-text';

const DELAY_MS = 250;

/** The check of the story as it was a moment ago (null before the first), with that story: problems are placed in it. */
export type LiveCheck = DraftCheck & { story: Story };

export function useLiveCheck(story: Story, translations: readonly Translation[]): LiveCheck | null {
  const [check, setCheck] = useState<LiveCheck | null>(null);
  const facesOf = useComposedFaces(story);
  const { i18n } = useTranslation();
  const starters = useMemo(() => starterWords(i18n), [i18n]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const found = checkDraftForPlay(story, translations, null, facesOf ?? undefined);
      setCheck({ ...found, problems: [...found.problems, ...starterTextProblems(story, storyFileOf(story), starters)], story });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [story, translations, facesOf, starters]);
  return check;
}

/** The starter words in every language the Studio speaks (a story may be written in any of them). */
function starterWords(i18n: I18n): StarterWords[] {
  const word = (language: string, key: string) => i18n.getResource(language, 'ui', `studio.starter.${key}`) as string | undefined;
  return LANGUAGES.flatMap(({ code }) => {
    const [summary, description, endingText] = [word(code, 'summary'), word(code, 'description'), word(code, 'ending-text')];
    return summary && description && endingText ? [{ summary, description, endingText }] : [];
  });
}

type ComposeStoryPanel = typeof composeStoryPanel;

/** The faces of composed pictures, once the kit's code is loaded (null before, and for a story with none). */
function useComposedFaces(story: Story): FacesOf | null {
  const composes = story.scenes.some((scene) => scene.pages.some((page) => page.panels.some((panel) => panel.compose)));
  const [compose, setCompose] = useState<ComposeStoryPanel | null>(null);
  useEffect(() => {
    if (!composes || compose) return;
    let live = true;
    void import('../kit/kit-draw').then((kit) => live && setCompose(() => kit.composeStoryPanel));
    return () => {
      live = false;
    };
  }, [composes, compose]);
  return useMemo(() => (compose ? facesWith(compose, story.characters) : null), [compose, story.characters]);
}

/** Each picture composed once per cast: the check runs after every pause in typing, the pictures rarely change. */
function facesWith(compose: ComposeStoryPanel, characters: readonly Character[]): FacesOf {
  const known = new WeakMap<Compose, readonly Box[]>();
  return (spec) => {
    let faces = known.get(spec);
    if (!faces) {
      faces = compose(spec, characters)?.speakers.map((speaker) => speaker.face) ?? [];
      known.set(spec, faces);
    }
    return faces;
  };
}
