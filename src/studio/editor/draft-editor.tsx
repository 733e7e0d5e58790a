/** A draft open in the Studio: its toolbar (name, undo, redo, saving), the scenes, the open scene, the preview and the live check. */
import { useState, type ReactNode } from 'react';
import { DraftArtProvider } from '../art/draft-art';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../ui/routes';
import { CheckPanel } from '../check/check-panel';
import type { Selection } from '../check/place';
import { useLiveCheck } from '../check/use-live-check';
import { useDraft } from '../drafts/use-draft';
import { StoryPreview } from '../preview/story-preview';
import { SavePack } from '../share/save-pack';
import { goToDraft } from '../start/go-to-draft';
import { DraftStatus } from './draft-status';
import { fieldId } from './editing';
import { SceneEditor } from './scene-editor';
import { SceneList } from './scene-list';

export function DraftEditor({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const view = useDraft(draftId);
  const back = (
    <a className="studio-back" href={routeHref({ screen: 'studio', draftId: null })}>
      {t('studio.all-drafts')}
    </a>
  );
  if (view.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (view.state !== 'ready') {
    return (
      <section className="studio-home" role="alert">
        <p>{view.state === 'missing' ? t('studio.draft-missing') : t('studio.storage-unavailable')}</p>
        {back}
      </section>
    );
  }
  return (
    <DraftArtProvider key={draftId} draftId={draftId}>
      <ReadyEditor view={view} back={back} />
    </DraftArtProvider>
  );
}

function ReadyEditor({ view, back }: { view: Extract<ReturnType<typeof useDraft>, { state: 'ready' }>; back: ReactNode }) {
  const { t } = useTranslation();
  const { draft, readOnly } = view;
  const story = draft.story;
  const [selection, setSelection] = useState<Selection>({ sceneId: story.start });
  const check = useLiveCheck(story, draft.translations);
  const editing = { story, change: view.change, selection, select: setSelection };
  const jump = (target: Selection) => {
    setSelection(target);
    // After the scene is drawn: the field the problem is about takes the focus.
    requestAnimationFrame(() => document.getElementById(fieldId(target))?.focus());
  };
  return (
    <section className="studio-editor" aria-labelledby="studio-draft-name">
      <header className="studio-toolbar">
        {back}
        <h1 id="studio-draft-name">{draft.name}</h1>
        <button type="button" className="button-secondary" disabled={!view.canUndo || readOnly !== null} onClick={view.undo}>
          {t('studio.undo')}
        </button>
        <button type="button" className="button-secondary" disabled={!view.canRedo || readOnly !== null} onClick={view.redo}>
          {t('studio.redo')}
        </button>
        <SavePack story={story} translations={draft.translations} onSelect={jump} />
        <DraftStatus status={view.status} />
      </header>
      {readOnly ? (
        <div className="studio-read-only" role="alert">
          <p>{readOnly === 'other-tab' ? t('studio.other-tab') : t('studio.conflict')}</p>
          <button type="button" className="button-primary" onClick={view.takeOver}>
            {readOnly === 'other-tab' ? t('studio.take-over') : t('studio.open-saved')}
          </button>
          {readOnly === 'conflict' ? (
            <button type="button" className="button-secondary" onClick={() => void view.keepAsCopy().then(goToDraft)}>
              {t('studio.keep-copy')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="studio-columns">
        <fieldset className="studio-edit" disabled={readOnly !== null}>
          <legend className="visually-hidden">{t('studio.editor')}</legend>
          <SceneList {...editing} />
          <SceneEditor {...editing} />
        </fieldset>
        <StoryPreview check={check} selection={selection} onSelect={jump} />
        <CheckPanel check={check} onSelect={jump} />
      </div>
    </section>
  );
}
