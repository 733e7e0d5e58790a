/**
 * The comic on the wall: one panel as large as the 16:9 stage allows, coming in with its authored transition and its
 * balloons appearing in order (the reader's own CSS animations, src/comic), or, when the facilitator steps page by
 * page, the page's panels in rows across the stage (strip-layout.ts). present.css sets balloon text from the stage's
 * height so the back of a hall can read it; on a page step each panel's text is as large as its balloons allow
 * (use-page-text-fit.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelView } from '../comic/panel-view';
import { panelEntrances } from '../comic/transitions';
import { panelAspect, scenePanels } from '../story/reading-order';
import { sceneById } from '../engine';
import type { Story } from '../story/schema';
import type { StepSize } from './session';
import { stripLayout } from './strip-layout';
import { usePageTextFit } from './use-page-text-fit';

/** The stage less its padding (2% of its height on each side), in stage heights; rows and panels 2% apart. */
const BOX_HEIGHT = 96;
const BOX_ASPECT = (100 * (16 / 9) - 4) / BOX_HEIGHT;
const GAP = 0.02;

interface Props {
  story: Story;
  sceneId: string;
  panelId: string;
  step: StepSize;
  text: (key: string, fallback?: string) => string;
  textScale: number;
}

export function ProjectedComic({ story, sceneId, panelId, step, text, textScale }: Props) {
  const scene = sceneById(story, sceneId)!;
  const place = scenePanels(scene).find((item) => item.panel.id === panelId)!;
  const { i18n } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  usePageTextFit(pageRef, step === 'page' ? `${place.page.id}|${textScale}|${i18n.language}` : null);
  // What the room sees when the screen opens is simply there; what follows comes in with its transition.
  const opened = useRef(false);
  useEffect(() => {
    opened.current = true;
  }, []);
  if (step === 'page') {
    const places = scenePanels(scene).filter((item) => item.page.id === place.page.id);
    const aspects = places.map((item) => panelAspect(story, item.frame));
    const layout = stripLayout(aspects, BOX_ASPECT, GAP);
    return (
      <div key={place.page.id} ref={pageRef} className={`present-page ${opened.current ? panelEntrances.fade : panelEntrances.none}`} aria-live="polite">
        {layout.rows.map((row, rowIndex) => (
          <div key={rowIndex} className="present-page-row">
            {row.map((index) => {
              const item = places[index]!;
              // A hair under the computed width, so rounding never pushes a row past the stage.
              const width = aspects[index]! * layout.heights[rowIndex]! * BOX_HEIGHT * 0.995;
              return (
                <div key={item.panel.id} className="present-page-panel" style={{ width: `${width}cqh` }}>
                  <PanelView story={story} panel={item.panel} text={text} aspect={aspects[index]!} frameWidth={item.frame.w} animate={false} textScale={textScale} />
                </div>
              );
            })}
          </div>
        ))}
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
