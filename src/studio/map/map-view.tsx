/**
 * "Peta cerita": the draft's scenes, choices and endings as a graph to edit, the Twine experience. This part (the
 * graph, adding a scene, the side panel) is in the Studio's code; the drawing (React Flow and dagre, map-canvas.tsx)
 * loads when the map is first opened, and is handed only plain data and callbacks, so the app's shared code is split
 * as before and the reader's first download does not grow. Every edit goes through the draft's change(), so undo,
 * redo and autosave hold as in the outline.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCheck } from '../check/use-live-check';
import type { Editing } from '../editor/editing';
import { AddSceneForm } from '../editor/scene-fields';
import { canConnect, connect } from './connect';
import { storyGraph } from './map-graph';
import { MapSide } from './map-side';
import './map.css';

const MapCanvas = lazy(() => import('./map-canvas').then((module) => ({ default: module.MapCanvas })));

export function MapView({ onOpen, check, ...editing }: Editing & { check: LiveCheck | null; onOpen: (sceneId: string) => void }) {
  const { t } = useTranslation();
  const { story, change, selection, select } = editing;
  // Until the check has caught up with an edit, the marks are those it last found.
  const graph = useMemo(() => storyGraph(story, check?.problems ?? [], check?.story ?? story), [story, check]);
  const scene = story.scenes.find((item) => item.id === selection.sceneId) ?? story.scenes[0]!;
  return (
    <div className="map-view">
      <div className="map-main">
        <AddSceneForm story={story} change={change} select={select} className="map-add">
          <details className="map-help">
            <summary>{t('studio.map.help-title')}</summary>
            <p id="map-help">{t('studio.map.help')}</p>
          </details>
        </AddSceneForm>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <MapCanvas
            graph={graph}
            start={story.start}
            selectedScene={scene.id}
            onSelect={(sceneId) => sceneId !== selection.sceneId && select({ sceneId })}
            onOpen={onOpen}
            onRename={() => document.getElementById('map-scene-title')?.focus()}
            canConnect={canConnect}
            onConnect={(sceneId, handle, target) => change(connect(story, sceneId, handle, target))}
          />
        </Suspense>
      </div>
      <MapSide {...editing} scene={scene} onOpen={onOpen} />
    </div>
  );
}
