/**
 * A comic page printed with its words under the pictures: each panel's art, then its balloons as a list in reading
 * order (the reader's own text-below panel, src/comic/panel-view.tsx), at paper's sizes (print.css). A page printed
 * in parts shows only its share of the panels.
 */
import { pageAspect, pageFrames, panelAspect } from '../story/reading-order';
import type { Page, Story } from '../story/schema';
import { PanelView } from '../comic/panel-view';
import type { TextLookup } from './printed-page';

/** Panels narrower than this (width / height) are printed with their words beside them. */
const TALL = 0.9;

interface Props {
  story: Story;
  page: Page;
  text: TextLookup;
  panels: { from: number; to: number } | undefined;
}

export function PanelStrip({ story, page, text, panels }: Props) {
  const frames = pageFrames(page);
  const { from, to } = panels ?? { from: 0, to: page.panels.length };
  return (
    <div className="print-strip" style={{ ['--page-aspect' as string]: String(pageAspect(story)) }}>
      {page.panels.slice(from, to).map((panel, index) => {
        const aspect = panelAspect(story, frames[from + index]!);
        // A tall panel's words go beside it: under it they would leave half the page's width empty.
        return (
          <div key={panel.id} className={aspect < TALL ? 'print-strip-panel print-strip-beside' : 'print-strip-panel'}>
            <PanelView story={story} panel={panel} text={text} aspect={aspect} frameWidth={1} animate={false} textScale={1} textBelow />
          </div>
        );
      })}
    </div>
  );
}
