/** A draft open in the Studio: its toolbar (name, undo, redo, saving), the scenes, the open scene, the preview and the live check. */
import { useState, type ReactNode } from 'react';
import { DraftArtProvider } from '../art/draft-art';
import { storyArt } from '../edit/pages';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../ui/routes';
import { CheckPanel } from '../check/check-panel';
import type { Selection } from '../check/place';
import { useLiveCheck } from '../check/use-live-check';
import { useDraft } from '../drafts/use-draft';
import { StoryPreview } from '../preview/story-preview';
import { SavePack } from '../share/save-pack';
import { MapView } from '../map/map-view';
import { RecordView } from '../record/record-view';
import { goToDraft } from '../start/go-to-draft';
import { entryFieldId } from '../translate/entries';
import { TranslateView } from '../translate/translate-view';
import { DraftStatus } from './draft-status';
import { fieldId } from './editing';
import { SceneEditor } from './scene-editor';
import { SceneList } from './scene-list';

/** What the editor shows beside the preview: the outline, the story map, the translation view or the recording view. */
type StudioView = 'outline' | 'map' | 'translate' | 'record';
const STUDIO_VIEWS: StudioView[] = ['outline', 'map', 'translate', 'record'];

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
    <DraftArtProvider key={draftId} draftId={draftId} inUse={view.readOnly ? null : storyArt(view.draft.story)}>
      <ReadyEditor view={view} back={back} />
    </DraftArtProvider>
  );
}

function ReadyEditor({ view, back }: { view: Extract<ReturnType<typeof useDraft>, { state: 'ready' }>; back: ReactNode }) {
  const { t } = useTranslation();
  const { draft, readOnly } = view;
  const story = draft.story;
  const [selection, setSelection] = useState<Selection>({ sceneId: story.start });
  const [shown, setShown] = useState<StudioView>('outline');
  // The translation open in the translation view and the preview (null: the story's own language).
  const [language, setLanguage] = useState<string | null>(null);
  const check = useLiveCheck(story, draft.translations);
  const editing = { story, change: view.change, selection, select: setSelection, translations: draft.translations };
  const show = (each: StudioView) => {
    setShown(each);
    // The preview reads the translation being worked on.
    if (each === 'translate' && language === null) setLanguage(draft.translations[0]?.language ?? null);
  };
  const jump = (target: Selection) => {
    // A translation's problem opens the translation view on its string.
    setShown(target.translation ? 'translate' : 'outline');
    if (target.translation) setLanguage(target.translation.language);
    setSelection(target);
    // After the scene is drawn: the field the problem is about takes the focus.
    requestAnimationFrame(() => document.getElementById(target.translation ? entryFieldId(target.translation.key) : fieldId(target))?.focus());
  };
  return (
    <section className="studio-editor" aria-labelledby="studio-draft-name">
      <header className="studio-toolbar">
        {back}
        <h1 id="studio-draft-name">{draft.name}</h1>
        <div className="studio-views" role="group" aria-label={t('studio.map.views')}>
          {STUDIO_VIEWS.map((name) => (
            <button key={name} type="button" className="button-secondary" aria-pressed={shown === name} onClick={() => show(name)}>
              {t(`studio.map.view-${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button-secondary" disabled={!view.canUndo || readOnly !== null} onClick={view.undo}>
          {t('studio.undo')}
        </button>
        <button type="button" className="button-secondary" disabled={!view.canRedo || readOnly !== null} onClick={view.redo}>
          {t('studio.redo')}
        </button>
        <SavePack draftId={draft.id} story={story} translations={draft.translations} onSelect={jump} />
        <SavePack draftId={draft.id} story={story} translations={draft.translations} onSelect={jump} folder />
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
      <div className={shown === 'map' ? 'studio-columns studio-columns-map' : 'studio-columns'}>
        <fieldset className={shown === 'outline' ? 'studio-edit' : 'studio-edit studio-edit-one'} disabled={readOnly !== null}>
          <legend className="visually-hidden">{t('studio.editor')}</legend>
          {shown === 'map' ? (
            <MapView {...editing} check={check} onOpen={(sceneId) => jump({ sceneId })} />
          ) : shown === 'outline' ? (
            <>
              <SceneList {...editing} />
              <SceneEditor {...editing} />
            </>
          ) : shown === 'record' ? (
            <RecordView draftId={draft.id} story={story} translations={draft.translations} />
          ) : (
            <TranslateView
              story={story}
              translations={draft.translations}
              changeTranslations={view.changeTranslations}
              language={language}
              onLanguage={setLanguage}
              onShow={setSelection}
            />
          )}
        </fieldset>
        {/* The map takes the preview's column too: a story's shape needs the room. */}
        {shown === 'map' ? null : (
          <StoryPreview check={check} selection={selection} onSelect={jump} translations={draft.translations} language={language} onLanguage={setLanguage} />
        )}
        <CheckPanel check={check} onSelect={jump} />
      </div>
    </section>
  );
}
