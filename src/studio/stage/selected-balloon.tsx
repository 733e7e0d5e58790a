/**
 * Under the stage, the selected balloon: where it is in words (read out as it moves), who says it, whether its tail
 * points at the speaker, its text typed on the picture, and whether that text fits.
 */
import { useTranslation } from 'react-i18next';
import type { Balloon, Panel } from '../../story/schema';
import { SPOKEN_KINDS } from '../edit/balloons';
import type { Editing } from '../editor/editing';
import { SpeakerSelect } from '../editor/speaker-select';
import { FitReport } from './fit-report';
import type { PanelShape } from './fit';
import { defaultTail, percent } from './geometry';
import { setBalloonBox, setBalloonTail } from './place-balloon';

interface Props extends Editing {
  panel: Panel;
  balloon: Balloon;
  number: number;
  shape: PanelShape;
  onType: () => void;
}

export function SelectedBalloon({ story, change, translations = [], panel, balloon, number, shape, onType }: Props) {
  const { t } = useTranslation();
  const name = t('studio.balloon', { number });
  const { box, tail } = balloon;
  const where = t('studio.stage-where', { balloon: name, x: percent(box.x), y: percent(box.y), w: percent(box.w), h: percent(box.h) });
  const pointing = tail ? ` ${t('studio.stage-where-tail', { x: percent(tail.x), y: percent(tail.y) })}` : '';
  const tailed = SPOKEN_KINDS.includes(balloon.kind);
  return (
    <div className="stage-selected-tools">
      <p className="stage-where" role="status" aria-live="polite">
        {where}
        {pointing}
      </p>
      <div className="stage-tools">
        <SpeakerSelect story={story} change={change} panelId={panel.id} balloon={balloon} label={t('studio.stage-speaker', { balloon: name })} />
        {tailed ? (
          <label className="stage-check">
            <input
              type="checkbox"
              checked={tail !== undefined}
              onChange={(event) => change(setBalloonTail(story, panel.id, balloon.id, event.target.checked ? defaultTail(box) : null))}
            />
            {t('studio.stage-has-tail')}
          </label>
        ) : null}
        <button type="button" className="button-quiet" onClick={onType}>
          {t('studio.stage-type')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
      <FitReport
        story={story}
        translations={translations}
        panelId={panel.id}
        balloon={balloon}
        shape={shape}
        onFit={(fitting) => change(setBalloonBox(story, panel.id, balloon.id, fitting))}
      />
    </div>
  );
}
