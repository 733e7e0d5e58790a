/** Who speaks a balloon, picked from the story's characters: in the balloon list and under the picture alike. */
import { useTranslation } from 'react-i18next';
import type { Balloon, Story } from '../../story/schema';
import { setBalloon } from '../edit/balloons';
import type { Editing } from './editing';

export function SpeakerSelect({
  story,
  change,
  panelId,
  balloon,
  label,
}: Pick<Editing, 'story' | 'change'> & { panelId: string; balloon: Balloon; label: string }) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={balloon.speaker ?? ''} onChange={(event) => change(setBalloon(story, panelId, balloon.id, { speaker: event.target.value }))}>
        <option value="">{t('studio.no-speaker')}</option>
        <CharacterOptions characters={story.characters} />
      </select>
    </label>
  );
}

/** The story's characters as a select's options, by name (the balloon's speaker, the character builder's "who"). */
export function CharacterOptions({ characters }: { characters: Story['characters'] }) {
  return characters.map((character) => (
    <option key={character.id} value={character.id}>
      {character.name}
    </option>
  ));
}
