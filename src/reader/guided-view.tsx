/** Guided reading: one panel at a time, as large as the screen allows, with its balloons appearing in order. */
import { AnimatePresence, m } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { panelAspect, scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';
import { PanelView } from './panel-view';
import { panelEntrances } from './transitions';
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
  const entrance = panelEntrances[place.panel.transition ?? 'fade'];
  const zones = useTapZones({ onNext, onBack, onLongPress: onShowPage });
  return (
    <div className="guided-stage" {...zones} aria-describedby="guided-help">
      <p id="guided-help" className="visually-hidden">{t('reader.tap-help')}</p>
      <AnimatePresence mode="wait" initial={false}>
        <m.div
          key={panelId}
          className="guided-panel"
          style={{ ['--panel-aspect' as string]: String(aspect) }}
          initial={entrance.initial}
          animate={entrance.animate}
          exit={entrance.exit}
          transition={{ duration: 0.28, ease: 'easeOut' }}
          aria-live="polite"
        >
          <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate textScale={textScale} />
        </m.div>
      </AnimatePresence>
    </div>
  );
}
