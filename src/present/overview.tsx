/**
 * The pages as thumbnails, the arrow keys moving between them. On the wall (`shared`): the scenes on the room's path,
 * and a click or Enter jumps there (an earlier scene goes back along the path, as the back key would). In the
 * presenter window it is the facilitator's own: every scene of the story, those not yet visited too (to start
 * mid-story), and a page picked there stays private until "Show on the wall" sends the room to it.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageView } from '../comic/page-view';
import { sceneById, type ReadingState } from '../engine';
import type { Page, Scene, Story } from '../story/schema';
import { pageAspect } from '../story/reading-order';
import { storyKeys } from '../story/strings';
import { useModalDialog } from '../ui/use-modal-dialog';
import type { PresentEvent } from './session';

interface Props {
  story: Story;
  reading: ReadingState;
  text: (key: string, fallback?: string) => string;
  /** Shared: the wall's overview (a pick jumps). Private: the presenter's (a pick is sent with "Show on the wall"). */
  shared: boolean;
  onGo: (event: GoEvent) => void;
  onClose: () => void;
}

/** What a picked page sends the room. */
type GoEvent = Extract<PresentEvent, { type: 'goto' | 'jump' }>;

interface Place {
  sceneId: string;
  pageId: string;
  /** The scene's place on the room's path; null for a scene not on it. */
  depth: number | null;
}

/** A scene on the path is gone back to at that visit (a scene can be on the path twice); another is gone to. */
const goEvent = ({ sceneId, pageId, depth }: Place): GoEvent => (depth === null ? { type: 'goto', sceneId, pageId } : { type: 'jump', depth, pageId });

interface Group {
  scene: Scene;
  /** The scene's place on the path, or null for a scene the room has not been through. */
  depth: number | null;
}

export function Overview({ story, reading, text, shared, onGo, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<(Place & { number: number }) | null>(null);
  useModalDialog(dialog, '[aria-current="page"]');
  const currentPanel = reading.at.kind === 'panel' ? reading.at.panel : null;
  const last = reading.path.length - 1;
  const onPath: Group[] = reading.path.flatMap((step, depth) => {
    const scene = sceneById(story, step.scene);
    return scene ? [{ scene, depth }] : [];
  });
  const visited = new Set(reading.path.map((step) => step.scene));
  const others: Group[] = shared ? [] : story.scenes.filter((scene) => !visited.has(scene.id)).map((scene) => ({ scene, depth: null }));
  /** Pages are numbered on from the first scene listed to the last, as the room counts them. */
  const pageCount = (groups: Group[]) => groups.reduce((sum, group) => sum + group.scene.pages.length, 0);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!move) return;
    const pages = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.present-overview-page')];
    const at = pages.indexOf(document.activeElement as HTMLButtonElement);
    const target = pages[Math.max(0, Math.min(pages.length - 1, at + move))];
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };
  const pageButton = (group: Group, page: Page, pageNumber: number) => {
    const current = group.depth === last && currentPanel !== null && page.panels.some((panel) => panel.id === currentPanel);
    const isPicked = picked?.pageId === page.id && picked.sceneId === group.scene.id && picked.depth === group.depth;
    const go = { sceneId: group.scene.id, pageId: page.id, depth: group.depth };
    return (
      <li key={page.id}>
        <button
          type="button"
          className="present-overview-page"
          aria-current={current ? 'page' : undefined}
          aria-pressed={shared ? undefined : isPicked}
          data-page={page.id}
          onClick={() => (shared ? onGo(goEvent(go)) : setPicked({ ...go, number: pageNumber }))}
        >
          <span className="present-overview-thumb" aria-hidden="true" style={{ ['--page-aspect' as string]: String(pageAspect(story)) }}>
            <PageView story={story} page={page} currentPanelId={null} text={text} textScale={1} />
          </span>
          <span className="present-overview-label">{t('present.page-number', { number: pageNumber })}</span>
        </button>
      </li>
    );
  };
  const sceneList = (groups: Group[], pagesBefore: number) => (
    <ol className="present-overview-scenes">
      {groups.map((group, index) => {
        const title = text(storyKeys.sceneTitle(group.scene.id), group.scene.title ?? '');
        const first = pagesBefore + pageCount(groups.slice(0, index)) + 1;
        return (
          <li key={`${group.depth ?? 'other'}-${group.scene.id}`} className="present-overview-scene">
            <h3>{title || t('present.scene-number', { number: index + 1 })}</h3>
            <ol className="present-overview-pages">{group.scene.pages.map((page, pageIndex) => pageButton(group, page, first + pageIndex))}</ol>
          </li>
        );
      })}
    </ol>
  );
  return (
    <dialog
      ref={dialog}
      className={`present-overview${shared ? '' : ' present-overview-private'}`}
      aria-labelledby="present-overview-title"
      onKeyDown={onKeyDown}
      onClose={onClose}
    >
      <header className="present-overview-bar">
        <h2 id="present-overview-title">{shared ? t('present.overview') : t('present.overview-private')}</h2>
        {shared ? null : (
          <p className="present-overview-picked" role="status">
            {picked ? t('present.overview-picked', { number: picked.number }) : t('present.overview-pick')}
          </p>
        )}
        <div className="present-overview-actions">
          {shared ? null : (
            <button type="button" className="present-button present-button-primary" disabled={!picked} onClick={() => picked && onGo(goEvent(picked))}>
              {t('present.send-to-wall')}
            </button>
          )}
          <button type="button" className="present-button" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </header>
      {sceneList(onPath, 0)}
      {others.length > 0 ? (
        <>
          <h3 className="present-overview-others">{t('present.overview-others')}</h3>
          {sceneList(others, pageCount(onPath))}
        </>
      ) : null}
    </dialog>
  );
}
