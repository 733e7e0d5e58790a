/** A panel's balloons in reading order: kind, speaker (one of the characters) and text. */
import { useTranslation } from 'react-i18next';
import { BALLOON_KINDS, type BalloonKind, type Panel } from '../../story/schema';
import { ConfirmButton } from '../confirm-button';
import { addBalloon, moveBalloon, removeBalloon, setBalloon } from '../edit/balloons';
import type { Editing } from './editing';
import { SpeakerSelect } from './speaker-select';

export function BalloonList({ story, change, selection, panel }: Editing & { panel: Panel; sceneId: string }) {
  const { t } = useTranslation();
  return (
    <div className="studio-balloons">
      <ol>
        {panel.balloons.map((balloon, index) => {
          const label = t('studio.balloon', { number: index + 1 });
          const selected = selection.panelId === panel.id && selection.balloonId === balloon.id;
          return (
            <li key={balloon.id} className={selected ? 'studio-balloon studio-selected' : 'studio-balloon'}>
              <fieldset>
                <legend>{label}</legend>
                <label>
                  {t('studio.balloon-kind')}
                  <select
                    value={balloon.kind}
                    onChange={(event) => change(setBalloon(story, panel.id, balloon.id, { kind: event.target.value as BalloonKind }))}
                  >
                    {BALLOON_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`studio.kind-${kind}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <SpeakerSelect story={story} change={change} panelId={panel.id} balloon={balloon} label={t('studio.speaker')} />
                <label className="studio-wide">
                  {t('studio.balloon-text')}
                  <textarea
                    id={`studio-balloon-${panel.id}-${balloon.id}`}
                    value={balloon.text}
                    rows={2}
                    maxLength={500}
                    onChange={(event) =>
                      change(setBalloon(story, panel.id, balloon.id, { text: event.target.value }), `balloon ${panel.id} ${balloon.id} text`)
                    }
                  />
                </label>
                <span className="studio-row">
                  <button type="button" className="button-quiet" disabled={index === 0} onClick={() => change(moveBalloon(story, panel.id, balloon.id, -1))}>
                    {t('studio.move-earlier')}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={index === panel.balloons.length - 1}
                    onClick={() => change(moveBalloon(story, panel.id, balloon.id, 1))}
                  >
                    {t('studio.move-later')}
                    <span className="visually-hidden"> ({label})</span>
                  </button>
                  <ConfirmButton
                    label={t('studio.remove-balloon')}
                    question={t('studio.remove-balloon-question', { number: index + 1 })}
                    onConfirm={() => change(removeBalloon(story, panel.id, balloon.id))}
                  />
                </span>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary" onClick={() => change(addBalloon(story, panel.id))}>
        {t('studio.add-balloon')}
      </button>
    </div>
  );
}
