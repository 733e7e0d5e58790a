/**
 * A panel as a figure: the art (or, when it cannot load, its description in its place), then the balloons as
 * real text in reading order. DOM order is reading order, so screen readers read it as a comic is read.
 */
import { memo, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storyKeys } from '../story/strings';
import type { Panel, Story } from '../story/schema';
import { ArtSource } from './art-source';
import { BalloonView } from './balloon-view';
import { useBalloonPlaces } from './use-balloon-places';
import './comic.css';

interface Props {
  story: Story;
  panel: Panel;
  text: (key: string, fallback?: string) => string;
  aspect: number;
  /** The panel's width as a fraction of its page: text is sized to the page, so it matches across panels. */
  frameWidth: number;
  animate: boolean;
  current?: boolean;
  textScale: number;
  /** The balloons as a list below the art (or beside it), in reading order, not over it (guided-view.tsx). */
  textBelow?: boolean;
}

/** Memoised: a reader's step re-renders only the panels whose props changed, not every panel kept in the page. */
export const PanelView = memo(function PanelView({ story, panel, text, aspect, frameWidth, animate, current = false, textScale, textBelow = false }: Props) {
  const { t, i18n } = useTranslation();
  const src = useContext(ArtSource)(story.id, panel.art);
  // Broken is this picture's state: another picture (the author picked or uploaded one) is tried afresh.
  const [brokenSrc, setBrokenSrc] = useState<string | null>(null);
  const broken = brokenSrc === src;
  const layer = useRef<HTMLDivElement>(null);
  const places = useBalloonPlaces(layer, panel.balloons, [textScale, i18n.language, textBelow]);
  const description = text(storyKeys.description(panel.id), panel.description);
  const speakers = useMemo(
    () => new Map(story.characters.map((character) => [character.id, text(storyKeys.character(character.id), character.name)])),
    [story, text],
  );
  return (
    <figure
      className={`panel${current ? ' panel-current' : ''}${textBelow ? ' panel-text-below' : ''}`}
      style={{ aspectRatio: textBelow ? undefined : String(aspect), ['--frame-w' as string]: String(frameWidth), ['--panel-aspect' as string]: String(aspect) }}
      data-panel={panel.id}
    >
      {broken ? (
        <div className="panel-missing-art" role="img" aria-label={description}>
          <span className="panel-missing-label">{t('reader.art-missing')}</span>
          <span>{description}</span>
        </div>
      ) : (
        <img className="panel-art" src={src} alt={description} draggable={false} onError={() => setBrokenSrc(src)} />
      )}
      <div className="balloon-layer" ref={layer}>
        {panel.balloons.map((balloon, order) => (
          <BalloonView
            key={`${panel.id}-${balloon.id}`}
            balloon={balloon}
            text={text(storyKeys.balloon(panel.id, balloon.id), balloon.text)}
            speaker={balloon.speaker ? (speakers.get(balloon.speaker) ?? null) : null}
            order={order}
            place={places[order]}
            animate={animate}
            listed={textBelow}
          />
        ))}
      </div>
    </figure>
  );
});
