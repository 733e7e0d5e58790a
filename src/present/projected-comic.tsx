/**
 * The comic on the wall: one panel as large as the 16:9 stage allows, coming in with its authored transition and its
 * balloons appearing in order (the reader's own CSS animations, src/comic), or the whole page when the facilitator
 * steps page by page. present.css sets balloon text from the stage's height so the back of a hall can read it.
 */
import { useEffect, useRef } from 'react';
import { PageView } from '../comic/page-view';
import { PanelView } from '../comic/panel-view';
import { panelEntrances } from '../comic/transitions';
import { panelAspect, scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';
import type { StepSize } from './session';

interface Props {
  story: Story;
  sceneId: string;
  panelId: string;
  step: StepSize;
  text: (key: string, fallback?: string) => string;
  textScale: number;
}

export function ProjectedComic({ story, sceneId, panelId, step, text, textScale }: Props) {
  const scene = story.scenes.find((item) => item.id === sceneId)!;
  const place = scenePanels(scene).find((item) => item.panel.id === panelId)!;
  // What the room sees when the screen opens is simply there; what follows comes in with its transition.
  const opened = useRef(false);
  useEffect(() => {
    opened.current = true;
  }, []);
  if (step === 'page') {
    return (
      <div key={place.page.id} className={`present-page ${opened.current ? panelEntrances.fade : panelEntrances.none}`} aria-live="polite">
        <PageView story={story} page={place.page} currentPanelId={null} text={text} textScale={textScale} />
      </div>
    );
  }
  const aspect = panelAspect(story, place.frame);
  const entrance = opened.current ? panelEntrances[place.panel.transition ?? 'fade'] : panelEntrances.none;
  return (
    <div className="present-panel-fit">
      <div key={panelId} className={`present-panel ${entrance}`} style={{ ['--panel-aspect' as string]: String(aspect) }} aria-live="polite">
        <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate textScale={textScale} />
      </div>
    </div>
  );
}
