/** "Open a pack": a .komik file becomes a new draft; a broken or hostile pack is refused with the pack's own words, and nothing is made. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PACK_BYTES } from '../../packs';
import { printable } from '../../story/printable';
import type { Problem } from '../../story/problem';
import { pictureType } from '../art/art-store';
import { startDraft } from '../drafts/use-draft';
import { goToDraft } from '../start/go-to-draft';
import { appCheckContext } from '../../content/app-files';
import { putDraftNarration } from '../record/record-store';
import { draftOfPack } from './draft-pack';

type Opening = { state: 'idle' | 'working' | 'failed' } | { state: 'refused'; name: string; problems: Problem[] };

export function OpenPack() {
  const { t } = useTranslation();
  const [opening, setOpening] = useState<Opening>({ state: 'idle' });
  const open = async (file: File) => {
    // Checked before reading: a file far too large is not read into the phone's memory at all.
    if (file.size > MAX_PACK_BYTES) return setOpening({ state: 'refused', name: file.name, problems: [tooLarge(file)] });
    setOpening({ state: 'working' });
    const read = draftOfPack(new Uint8Array(await file.arrayBuffer()), await appCheckContext(), file.name);
    if (!read.ok) return setOpening({ state: 'refused', name: file.name, problems: read.problems.filter((problem) => problem.severity === 'error') });
    const art = new Map([...read.value.art].map(([file, bytes]) => [file, new Blob([new Uint8Array(bytes)], { type: pictureType(file) })]));
    await startDraft(read.value.story, read.value.translations, art)
      .then(async (draftId) => (await putDraftNarration(draftId, read.value.narration), draftId))
      .then(goToDraft, () => setOpening({ state: 'failed' }));
  };
  return (
    <section className="studio-pack" aria-labelledby="studio-pack-title">
      <h2 id="studio-pack-title">{t('studio.open-pack')}</h2>
      <p>{t('studio.open-pack-intro')}</p>
      <label>
        {t('studio.pack-file')}
        <input
          type="file"
          accept=".komik,application/zip"
          disabled={opening.state === 'working'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
      </label>
      {opening.state === 'failed' ? <p role="alert">{t('studio.storage-unavailable')}</p> : null}
      {opening.state === 'refused' ? (
        <div role="alert">
          <p className="studio-preview-stopped">{t('studio.pack-not-opened', { file: printable(opening.name) })}</p>
          <ul className="studio-problems">
            {opening.problems.slice(0, 20).map((problem, index) => (
              <li key={index} className="studio-problem">
                <span className="studio-place">{printable(problem.file)}: </span>
                {printable(problem.message)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function tooLarge(file: File): Problem {
  return {
    severity: 'error',
    code: 'too-large',
    file: file.name,
    path: '$',
    message: `The pack is ${file.size} bytes; a story pack may be at most ${MAX_PACK_BYTES}.`,
  };
}
