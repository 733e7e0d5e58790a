/**
 * Every page the room has been through (the scenes on its path) and the pages of the scene it is in, as
 * thumbnails to jump to by click or Enter; the arrow keys move between them. Jumping to an earlier scene goes back
 * along the path, as the back key would (later choices are left, and can be taken again).
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageView } from '../comic/page-view';
import { sceneById, type ReadingState } from '../engine';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import type { PresentEvent } from './session';
import { trapTab, useDialogFocus } from './use-dialog-focus';

interface Props {
  story: Story;
  reading: ReadingState;
  text: (key: string, fallback?: string) => string;
  dispatch: (event: PresentEvent) => void;
}

export function Overview({ story, reading, text, dispatch }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, '[aria-current="page"]');
  const currentPanel = reading.at.kind === 'panel' ? reading.at.panel : null;
  const last = reading.path.length - 1;
  let number = 0;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    trapTab(event);
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
  return (
    <div ref={dialog} className="present-overview" role="dialog" aria-modal="true" aria-labelledby="present-overview-title" onKeyDown={onKeyDown}>
      <header className="present-overview-bar">
        <h2 id="present-overview-title">{t('present.overview')}</h2>
        <button type="button" className="present-button" onClick={() => dispatch({ type: 'overview', open: false })}>
          {t('app.close')}
        </button>
      </header>
      <ol className="present-overview-scenes">
        {reading.path.map((step, depth) => {
          const scene = sceneById(story, step.scene)!;
          const title = text(storyKeys.sceneTitle(scene.id), scene.title ?? '');
          return (
            <li key={`${depth}-${scene.id}`} className="present-overview-scene">
              <h3>{title || t('present.scene-number', { number: depth + 1 })}</h3>
              <ol className="present-overview-pages">
                {scene.pages.map((page) => {
                  number += 1;
                  const current = depth === last && currentPanel !== null && page.panels.some((panel) => panel.id === currentPanel);
                  return (
                    <li key={page.id}>
                      <button
                        type="button"
                        className="present-overview-page"
                        aria-current={current ? 'page' : undefined}
                        data-page={page.id}
                        onClick={() => dispatch({ type: 'jump', depth, pageId: page.id })}
                      >
                        <span className="present-overview-thumb" aria-hidden="true">
                          <PageView story={story} page={page} currentPanelId={null} text={text} textScale={1} />
                        </span>
                        <span className="present-overview-label">{t('present.page-number', { number })}</span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
