/**
 * Guided reading: one panel at a time, as large as the screen allows, with its balloons appearing in order. The
 * next panel replaces the last at the tap and comes in with its authored transition (CSS, no exit to wait for).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { panelAspect, scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';
import { PanelView } from '../comic/panel-view';
import { panelEntrances } from '../comic/transitions';
import { useTapZones } from './use-reader-input';

interface Props {
  story: Story;
  sceneId: string;
  panelId: string;
  text: (key: string, fallback?: string) => string;
  textScale: number;
  onNext: () => void;
  onBack: () => void;
  onShowPage: () => void;
}

export function GuidedView({ story, sceneId, panelId, text, textScale, onNext, onBack, onShowPage }: Props) {
  const { t } = useTranslation();
  const scene = story.scenes.find((item) => item.id === sceneId)!;
  const place = scenePanels(scene).find((item) => item.panel.id === panelId)!;
  const aspect = panelAspect(story, place.frame);
  // The panel the reader opens on is simply there; the ones that follow come in with their transition.
  const opened = useRef(false);
  useEffect(() => {
    opened.current = true;
  }, []);
  const entrance = opened.current ? panelEntrances[place.panel.transition ?? 'fade'] : panelEntrances.none;
  const zones = useTapZones({ onNext, onBack, onLongPress: onShowPage });
  return (
    <div className="guided-stage" {...zones} aria-describedby="guided-help">
      <p id="guided-help" className="visually-hidden">{t('reader.tap-help')}</p>
      <div
        key={panelId}
        className={`guided-panel ${entrance}`}
        style={{ ['--panel-aspect' as string]: String(aspect) }}
        aria-live="polite"
      >
        <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate textScale={textScale} />
      </div>
    </div>
  );
}
