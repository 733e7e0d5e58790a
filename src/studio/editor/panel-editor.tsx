/** One panel: its place in the reading order, its art (one the story or draft has, or a picture uploaded), its description and balloons. */
import { useTranslation } from 'react-i18next';
import type { Panel } from '../../story/schema';
import { PanelPicture } from '../art/panel-picture';
import { useDraftArt } from '../art/draft-art';
import { movePanel, setPanel, storyArt } from '../edit/pages';
import { KitButton } from '../kit/kit-button';
import { PanelStage } from '../stage/panel-stage';
import { BalloonList } from './balloon-list';
import type { Editing } from './editing';

interface Props extends Editing {
  panel: Panel;
  sceneId: string;
  number: number;
  count: number;
}

export function PanelEditor({ panel, sceneId, number, count, ...editing }: Props) {
  const { t } = useTranslation();
  const { story, change, selection, select } = editing;
  const label = t('studio.panel', { number });
  const selected = selection.panelId === panel.id;
  const own = useDraftArt().files;
  const files = [...new Set([...storyArt(story), ...own.keys()])].sort();
  return (
    <article
      className={selected ? 'studio-panel studio-selected' : 'studio-panel'}
      aria-label={label}
      onFocus={() => !selected && select({ sceneId, panelId: panel.id })}
    >
      <div className="studio-row">
        <h4>{label}</h4>
        <button type="button" className="button-quiet" disabled={number === 1} onClick={() => change(movePanel(story, panel.id, -1))}>
          {t('studio.move-earlier')}
          <span className="visually-hidden"> ({label})</span>
        </button>
        <button type="button" className="button-quiet" disabled={number === count} onClick={() => change(movePanel(story, panel.id, 1))}>
          {t('studio.move-later')}
          <span className="visually-hidden"> ({label})</span>
        </button>
      </div>
      <label>
        {t('studio.description')}
        <textarea
          id={`studio-panel-${panel.id}`}
          value={panel.description}
          rows={2}
          maxLength={2000}
          onChange={(event) => change(setPanel(story, panel.id, { description: event.target.value }), `panel ${panel.id} description`)}
        />
      </label>
      <label>
        {t('studio.art')}
        <select value={panel.art} onChange={(event) => change(setPanel(story, panel.id, { art: event.target.value }))}>
          {files.map((file) => (
            <option key={file} value={file}>
              {file}
            </option>
          ))}
        </select>
      </label>
      <PanelPicture story={story} panel={panel} change={change} />
      <KitButton story={story} panel={panel} change={change} />
      <PanelStage {...editing} panel={panel} sceneId={sceneId} />
      <BalloonList {...editing} panel={panel} sceneId={sceneId} />
    </article>
  );
}
