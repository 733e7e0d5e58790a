/** The whole comic page, panels in their frames, balloons in place, the current panel highlighted (and, when the
 * screen lets the reader jump to a panel, a button over each). Print and projection use it without the buttons. */
import { useTranslation } from 'react-i18next';
import { pageAspect, pageFrames, panelAspect } from '../story/reading-order';
import type { Page, Story } from '../story/schema';
import { PanelView } from './panel-view';

interface Props {
  story: Story;
  page: Page;
  currentPanelId: string | null;
  text: (key: string, fallback?: string) => string;
  textScale: number;
  onPickPanel?: (panelId: string) => void;
}

export function PageView({ story, page, currentPanelId, text, textScale, onPickPanel }: Props) {
  const { t } = useTranslation();
  const frames = pageFrames(page);
  const aspect = pageAspect(story);
  return (
    <div className="page-stage">
      <div className="comic-page" style={{ aspectRatio: String(aspect), ['--page-aspect' as string]: String(aspect) }}>
        {page.panels.map((panel, index) => {
          const frame = frames[index]!;
          return (
            <div
              key={panel.id}
              className="page-panel"
              style={{ left: `${frame.x * 100}%`, top: `${frame.y * 100}%`, width: `${frame.w * 100}%`, height: `${frame.h * 100}%` }}
            >
              <PanelView
                story={story}
                panel={panel}
                text={text}
                aspect={panelAspect(story, frame)}
                frameWidth={frame.w}
                animate={false}
                current={panel.id === currentPanelId}
                textScale={textScale}
              />
              {onPickPanel ? (
                <button
                  type="button"
                  className="page-panel-pick"
                  onClick={() => onPickPanel(panel.id)}
                  aria-current={panel.id === currentPanelId ? 'true' : undefined}
                >
                  <span className="visually-hidden">{t('reader.read-panel', { number: index + 1 })}</span>
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
