/**
 * The comic on the wall: one panel as large as the 16:9 stage allows, coming in with its authored transition and its
 * balloons appearing in order (the reader's own CSS animations, src/comic), or, when the facilitator steps page by
 * page, the page's panels in rows across the stage (strip-layout.ts). present.css sets balloon text from the stage's
 * height so the back of a hall can read it; on a page step each panel's text is as large as its balloons allow
 * (use-page-text-fit.ts). A tall panel, which would leave most of the wall black, has its words beside it, large.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelView } from '../comic/panel-view';
import { panelEntrances } from '../comic/transitions';
import { panelAspect, scenePanels } from '../story/reading-order';
import { panelById, sceneById } from '../engine';
import type { Panel, Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import type { StepSize } from './session';
import { stripLayout } from './strip-layout';
import { useFitText } from './use-fit-text';
import { usePageTextFit } from './use-page-text-fit';

/** The stage less its padding (2% of its height on each side), in stage heights; rows and panels 2% apart. */
const BOX_HEIGHT = 96;
const BOX_ASPECT = (100 * (16 / 9) - 4) / BOX_HEIGHT;
const GAP = 0.02;
/** Panels this tall or taller (width/height) get their words beside them: at full height they fill under 2/3 of the wall's width. */
const BESIDE_ASPECT = 1.2;

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
  const place = panelById(story, sceneId, panelId)!;
  const { i18n } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  usePageTextFit(pageRef, step === 'page' ? `${place.page.id}|${textScale}|${i18n.language}` : null);
  // What the room sees when the screen opens is simply there; what follows comes in with its transition. The view
  // shown last is kept in state and compared while rendering, as React advises for a change since the last render.
  const view = step === 'page' ? `page ${place.page.id}` : `panel ${panelId}`;
  const [shown, setShown] = useState({ view, moved: false });
  if (shown.view !== view) setShown({ view, moved: true });
  const moved = shown.moved || shown.view !== view;
  if (step === 'page') {
    const places = scenePanels(scene).filter((item) => item.page.id === place.page.id);
    const aspects = places.map((item) => panelAspect(story, item.frame));
    const layout = stripLayout(aspects, BOX_ASPECT, GAP);
    return (
      <div key={place.page.id} ref={pageRef} className={`present-page ${moved ? panelEntrances.fade : panelEntrances.none}`} aria-live="polite">
        {layout.rows.map((row, rowIndex) => (
          <div key={rowIndex} className="present-page-row">
            {row.map((index) => {
              const item = places[index]!;
              // A hair under the computed width, so rounding never pushes a row past the stage.
              const width = aspects[index]! * layout.heights[rowIndex]! * BOX_HEIGHT * 0.995;
              return (
                <div key={item.panel.id} className="present-page-panel" style={{ width: `${width}cqh` }}>
                  <PanelView
                    story={story}
                    panel={item.panel}
                    text={text}
                    aspect={aspects[index]!}
                    frameWidth={item.frame.w}
                    animate={false}
                    textScale={textScale}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    );
  }
  const aspect = panelAspect(story, place.frame);
  const entrance = moved ? panelEntrances[place.panel.transition ?? 'fade'] : panelEntrances.none;
  const beside = aspect <= BESIDE_ASPECT && place.panel.balloons.some((balloon) => balloon.kind !== 'sfx');
  return (
    <div className={`present-panel-fit${beside ? ' present-beside' : ''}`}>
      <div key={panelId} className={`present-panel ${entrance}`} style={{ ['--panel-aspect' as string]: String(aspect) }} aria-live="polite">
        <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate textScale={textScale} />
      </div>
      {beside ? <PanelWords key={`${panelId}-words`} story={story} panel={place.panel} text={text} /> : null}
    </div>
  );
}

/**
 * A tall panel at the wall's full height leaves more than a third of the wall black: its words are said again beside
 * it, large, in reading order with the speaker's name (the balloons in the art keep their tails, for who says what).
 * Hidden from screen readers, which read the balloons themselves.
 */
function PanelWords({ story, panel, text }: { story: Story; panel: Panel; text: (key: string, fallback?: string) => string }) {
  const column = useRef<HTMLDivElement>(null);
  const { i18n } = useTranslation();
  const lines = panel.balloons.filter((balloon) => balloon.kind !== 'sfx');
  useFitText(column, `${panel.id}|${i18n.language}`, 0.55);
  return (
    <div ref={column} className="present-words" aria-hidden="true" data-fit-scroll>
      {lines.map((balloon, order) => {
        const speaker = balloon.speaker ? story.characters.find((character) => character.id === balloon.speaker) : undefined;
        return (
          <p
            key={balloon.id}
            className={`present-words-line present-words-${balloon.kind ?? 'speech'}`}
            style={{ ['--appear-delay' as string]: `${0.25 + panel.balloons.indexOf(balloon) * 0.45}s` }}
            data-order={order}
          >
            {speaker ? <span className="present-words-speaker">{text(storyKeys.character(speaker.id), speaker.name)}</span> : null}
            <span className="present-words-text">{text(storyKeys.balloon(panel.id, balloon.id), balloon.text)}</span>
          </p>
        );
      })}
    </div>
  );
}
