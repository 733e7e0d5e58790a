/**
 * The live preview: the draft as a reader meets it on a phone, in the reader's own comic parts (panel, choice cards),
 * from the place selected in the editor, again whenever the live check has run on an edit (so it follows typing a
 * moment behind, as the check does). A draft the engine cannot play shows why instead.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceList } from '../../comic/choice-list';
import { PanelView } from '../../comic/panel-view';
import { back, beatOf, choose, next, panelById, undoChoice, type ReadingState } from '../../engine';
import { panelAspect } from '../../story/reading-order';
import { storyKeys, storyStrings, translatedText } from '../../story/strings';
import type { Story, Translation } from '../../story/schema';
import { languageName } from '../../ui/languages';
import { ProblemList } from '../check/check-panel';
import type { Selection } from '../check/place';
import type { LiveCheck } from '../check/use-live-check';
import { PhoneFrame } from './phone-frame';
import { NO_START, readingAt, samePlace, startedWith, startIn, type PreviewStart } from './preview-place';
import { PreviewStartForm } from './preview-start';

interface Props {
  check: LiveCheck | null;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  translations: readonly Translation[];
  /** The translation to read the draft in; the story's own language when it is null or not one of them. */
  language: string | null;
  onLanguage: (language: string | null) => void;
}

export function StoryPreview({ check, selection, onSelect, translations, language, onLanguage }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<PreviewStart>(NO_START);
  // A flag taken out of the story is no longer set (nor offered).
  const start = check?.playable ? startIn(check.playable, chosen) : chosen;
  if (start !== chosen) setChosen(start);
  const translation = translations.find((each) => each.language === language) ?? null;
  return (
    <section className="studio-preview" aria-labelledby="studio-preview-title">
      <h2 id="studio-preview-title">{t('studio.preview')}</h2>
      {translations.length > 0 && check ? (
        <label className="studio-preview-language">
          {t('studio.preview-language')}
          <select value={translation?.language ?? ''} onChange={(event) => onLanguage(event.target.value || null)}>
            <option value="">{languageName(check.story.language)}</option>
            {translations.map((each) => (
              <option key={each.language} value={each.language}>
                {languageName(each.language)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {!check ? (
        <p role="status">{t('studio.checking')}</p>
      ) : check.playable ? (
        <>
          <PreviewStartForm story={check.playable} start={start} onStart={setChosen} />
          <PhoneFrame label={t('studio.preview-phone')}>
            <PlayedStory story={check.playable} selection={selection} start={start} translation={translation} />
          </PhoneFrame>
        </>
      ) : (
        <div role="status">
          <p className="studio-preview-stopped">{t('studio.preview-stopped')}</p>
          <ProblemList story={check.story} problems={check.problems.filter((problem) => problem.severity === 'error').slice(0, 5)} onSelect={onSelect} />
        </div>
      )}
    </section>
  );
}

/** The story's words by key: the translation's where it has them, the story's own language for the rest (as the reader does). */
function useStoryText(story: Story, translation: Translation | null) {
  return useMemo(() => {
    const strings = new Map(storyStrings(story).map((entry) => [entry.key, entry.text]));
    return (key: string, fallback?: string) => (translation ? translatedText(translation, key) : undefined) ?? strings.get(key) ?? fallback ?? key;
  }, [story, translation]);
}

/**
 * The reading, kept at its place as the story is edited, and begun again where the author selects or when the start
 * changes; the chosen start holds at every step (the engine's back and undo replay the path alone).
 */
function usePreviewReading(story: Story, selection: Selection, start: PreviewStart) {
  const [kept, setKept] = useState<{ selection: Selection; start: PreviewStart; state: ReadingState | null }>({ selection, start, state: null });
  if (kept.selection !== selection || kept.start !== start) setKept({ selection, start, state: null });
  const state = startedWith(story, (kept.state && samePlace(story, kept.state)) ?? readingAt(story, selection), start);
  return [state, (step: ReadingState) => setKept({ selection, start, state: step })] as const;
}

function PlayedStory({ story, selection, start, translation }: { story: Story; selection: Selection; start: PreviewStart; translation: Translation | null }) {
  const { t } = useTranslation();
  const text = useStoryText(story, translation);
  const [state, go] = usePreviewReading(story, selection, start);
  const beat = beatOf(story, state);
  const step = back(story, state);
  return (
    <div className="studio-phone-screen" lang={translation?.language ?? story.language} dir={translation?.direction === 'rtl' ? 'rtl' : undefined}>
      <p className="studio-phone-bar">{text(storyKeys.title(), story.title)}</p>
      <div className="studio-phone-stage">
        {beat.kind === 'panel' ? <PreviewPanel story={story} sceneId={beat.sceneId} panelId={beat.panelId} text={text} /> : null}
        {beat.kind === 'choices' ? (
          <ChoiceList
            prompt={beat.promptKey ? text(beat.promptKey) : t('reader.choose')}
            options={beat.options}
            text={text}
            canUndo={state.path.some((place) => place.choice !== undefined)}
            onChoose={(choiceId) => go(choose(story, state, choiceId).state)}
            onUndo={() => go(undoChoice(story, state))}
            onBack={() => go(step)}
            takeFocus={false}
          />
        ) : null}
        {beat.kind === 'ending' ? (
          <div className="studio-phone-ending">
            <p className="studio-phone-ending-kind">{t(beat.good ? 'ending.good' : 'ending.bad')}</p>
            <h3>{text(storyKeys.endingTitle(beat.endingId))}</h3>
            <p>{text(storyKeys.endingText(beat.endingId))}</p>
          </div>
        ) : null}
      </div>
      {beat.kind !== 'choices' ? (
        <nav className="studio-phone-steps" aria-label={t('studio.preview-steps')}>
          <button type="button" onClick={() => go(step)} disabled={step === state}>
            {t('reader.back')}
          </button>
          <button type="button" onClick={() => go(next(story, state))} disabled={beat.kind !== 'panel'}>
            {t('reader.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

function PreviewPanel({ story, sceneId, panelId, text }: { story: Story; sceneId: string; panelId: string; text: (key: string, fallback?: string) => string }) {
  const place = panelById(story, sceneId, panelId)!;
  const aspect = panelAspect(story, place.frame);
  return (
    <div className="studio-phone-panel" style={{ ['--panel-aspect' as string]: String(aspect) }}>
      <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate={false} textScale={1} />
    </div>
  );
}
