/**
 * What is printed under a scene's last page: the gamebook's "if you choose …, turn to page N" lines (with the
 * condition as pages and choices a reader can check), "turn to page N", the choice taken on a printed path, or the end.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sceneById } from '../engine';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import type { ConditionWords } from '../paper/gamebook';
import type { SceneEnd } from '../paper/plan';
import { StoryText } from '../ui/story-text';
import type { TextLookup } from './printed-page';

export function SceneEndBlock({ story, end, text }: { story: Story; end: SceneEnd; text: TextLookup }) {
  const { t } = useTranslation();
  const choiceText = (id: string) => text(storyKeys.choice(id), choiceSource(story, id));
  if (end.kind === 'turn') return <p className="scene-end scene-turn">{t('print.turn', { page: end.page })}</p>;
  if (end.kind === 'chosen') return <p className="scene-end scene-chosen">{t('print.chosen', { choice: choiceText(end.choiceId) })}</p>;
  if (end.kind === 'ending') {
    const ending = story.endings.find((item) => item.id === end.endingId);
    if (!ending) return null;
    return (
      <div className={`scene-end scene-ending ending-${ending.kind}`}>
        <p className="scene-ending-title">
          <strong>{t('print.the-end')}</strong> {text(storyKeys.endingTitle(ending.id), ending.title)}
        </p>
        <p>
          <StoryText text={text(storyKeys.endingText(ending.id), ending.text)} />
        </p>
      </div>
    );
  }
  const scene = sceneById(story, end.sceneId);
  const prompt = scene?.then.kind === 'choices' ? scene.then.prompt : undefined;
  return (
    <div className="scene-end scene-choices">
      <p className="scene-prompt">{prompt ? text(storyKeys.prompt(end.sceneId), prompt) : t('print.what-now')}</p>
      <ul>
        {end.options.map((option) => (
          <li key={option.choiceId}>
            {t('print.if-choose')} <strong>{choiceText(option.choiceId)}</strong> → {t('print.turn-to', { page: option.page })}
            {option.condition ? (
              <span className="scene-condition"> {t('print.only-if', { condition: conditionText(option.condition, t, choiceText) })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function choiceSource(story: Story, choiceId: string): string {
  for (const scene of story.scenes) {
    if (scene.then.kind !== 'choices') continue;
    const choice = scene.then.choices.find((item) => item.id === choiceId);
    if (choice) return choice.text;
  }
  return choiceId;
}

/** "you read page 2 and you did not choose … (page 1)"; nested groups in brackets. */
export function conditionText(words: ConditionWords, t: TFunction, choiceText: (id: string) => string, nested = false): string {
  if ('parts' in words) {
    const joined = words.parts.map((part) => conditionText(part, t, choiceText, true)).join(t(words.kind === 'all' ? 'print.and' : 'print.or'));
    return nested && words.parts.length > 1 ? `(${joined})` : joined;
  }
  if (words.kind === 'read') return t(words.not ? 'print.not-read' : 'print.read', { page: words.page });
  if (words.kind === 'chose') return t(words.not ? 'print.not-chose' : 'print.chose', { choice: quoted(choiceText(words.choiceId)), page: words.page });
  return t(words.not ? 'print.not-fact' : 'print.fact', { fact: words.id });
}

/**
 * A choice in quotation marks, unless it is one quotation already. Speech followed by narration ("Nggih, Pak."
 * Terima uangnya.) is quoted as a whole, or the condition would seem to end at the speech's closing mark.
 */
function quoted(text: string): string {
  return /^["“«][^"“”«»]*["”»]$/.test(text.trim()) ? text : `“${text}”`;
}
