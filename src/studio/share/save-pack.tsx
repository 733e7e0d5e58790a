/**
 * "Save as pack": the draft downloaded as a .komik file, or, when the pack's checks refuse it, why, each problem a click
 * away. With `folder`, "Export to a folder": the same files laid out as a checkout's folders, in a zip.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../story/problem';
import type { Story, Translation } from '../../story/schema';
import { downloadFile } from '../../ui/download';
import { ProblemList } from '../check/check-panel';
import type { Selection } from '../check/place';
import { useDraftArt } from '../art/draft-art';
import { appCheckContext, storyPictures } from '../../content/app-files';
import { draftNarrationFiles } from '../record/record-store';
import { folderOfDraft, packOfDraft } from './draft-pack';

type Saving = { state: 'idle' | 'working' | 'saved' } | { state: 'refused'; story: Story; problems: Problem[] };

interface Props {
  draftId: string;
  story: Story;
  translations: readonly Translation[];
  onSelect: (selection: Selection) => void;
  folder?: boolean;
}

export function SavePack({ draftId, story, translations, onSelect, folder = false }: Props) {
  const { t } = useTranslation();
  const file = folder ? `${story.id}-folder.zip` : `${story.id}.komik`;
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  const own = useDraftArt().files;
  const save = async () => {
    setSaving({ state: 'working' });
    const [pictures, context, narration] = await Promise.all([storyPictures(story, own), appCheckContext(), draftNarrationFiles(draftId, story, translations)]);
    const packed = (folder ? folderOfDraft : packOfDraft)(story, translations, pictures, context, narration);
    if (packed.ok) downloadFile(file, new Uint8Array(packed.value), 'application/zip');
    setSaving(packed.ok ? { state: 'saved' } : { state: 'refused', story, problems: packed.problems.filter((problem) => problem.severity === 'error') });
  };
  return (
    <>
      <button type="button" className="button-secondary" disabled={saving.state === 'working'} onClick={() => void save()}>
        {t(folder ? 'studio.save-folder' : 'studio.save-pack')}
      </button>
      {saving.state === 'saved' ? (
        <p role="status" className="studio-status">
          {t(folder ? 'studio.folder-saved' : 'studio.pack-saved', { file })}
        </p>
      ) : null}
      {saving.state === 'refused' ? (
        <div className="studio-pack-refused" role="alert">
          <p>{t(folder ? 'studio.folder-refused' : 'studio.pack-refused')}</p>
          <ProblemList story={saving.story} problems={saving.problems.slice(0, 20)} onSelect={onSelect} />
          <button type="button" className="button-quiet" onClick={() => setSaving({ state: 'idle' })}>
            {t('app.close')}
          </button>
        </div>
      ) : null}
    </>
  );
}
