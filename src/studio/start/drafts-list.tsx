/** The drafts on this device: open, rename, duplicate, delete (asked first). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../ui/dates';
import { routeHref } from '../../ui/routes';
import { ConfirmButton } from '../confirm-button';
import { duplicated, newDraftId, renamed, type DraftSummary } from '../drafts/draft';
import { copyDraftArt } from '../art/art-store';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../drafts/draft-store';

/** Renames a stored draft, or stores a copy of it under a new name. */
async function changeDraft(id: string, change: 'rename' | 'duplicate', name: string): Promise<void> {
  const draft = await getDraft(id);
  if (!draft) return;
  const now = Date.now();
  if (change === 'rename') return void (await saveDraft(renamed(draft, name, now)));
  const copy = duplicated(draft, newDraftId(now), name, now);
  await saveDraft(copy);
  await copyDraftArt(id, copy.id);
}

export function DraftsList() {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(() => listDrafts().then(setDrafts, () => setFailed(true)), []);
  useEffect(() => void refresh(), [refresh]);

  const update = (id: string, change: 'rename' | 'duplicate', name: string) => changeDraft(id, change, name).then(refresh);

  return (
    <section className="studio-drafts" aria-labelledby="studio-drafts-title">
      <h2 id="studio-drafts-title">{t('studio.drafts')}</h2>
      {failed ? <p role="alert">{t('studio.storage-unavailable')}</p> : null}
      {drafts?.length === 0 ? <p>{t('studio.no-drafts')}</p> : null}
      <ul className="studio-draft-list">
        {drafts?.map((draft) => (
          <li key={draft.id}>
            <DraftRow
              draft={draft}
              onRename={(name) => void update(draft.id, 'rename', name)}
              onDuplicate={() => void update(draft.id, 'duplicate', t('studio.copy-of', { name: draft.name }))}
              onDelete={() => void deleteDraft(draft.id).then(refresh)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DraftRow({
  draft,
  onRename,
  onDuplicate,
  onDelete,
}: {
  draft: DraftSummary;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  if (name !== null) {
    return (
      <form
        className="studio-draft"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onRename(name.trim());
          setName(null);
        }}
      >
        <label>
          {t('studio.draft-name')}
          <input value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        <button type="submit" className="button-primary">
          {t('studio.save-name')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setName(null)}>
          {t('studio.confirm-no')}
        </button>
      </form>
    );
  }
  return (
    <article className="studio-draft" aria-label={draft.name}>
      <a className="studio-draft-open" href={routeHref({ screen: 'studio', draftId: draft.id })}>
        {draft.name}
      </a>
      <span className="studio-draft-meta">{t('studio.changed', { date: formatDay(t, new Date(draft.updatedAt).toISOString()) })}</span>
      <span className="studio-draft-actions">
        <button type="button" className="button-quiet" onClick={() => setName(draft.name)}>
          {t('studio.rename')}
        </button>
        <button type="button" className="button-quiet" onClick={onDuplicate}>
          {t('studio.duplicate')}
        </button>
        <ConfirmButton label={t('studio.delete')} question={t('studio.delete-draft', { name: draft.name })} onConfirm={onDelete} />
      </span>
    </article>
  );
}
