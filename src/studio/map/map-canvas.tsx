/**
 * The map's drawing: React Flow with the boxes where dagre puts them (map-layout.ts), not dragged, so the map stays
 * readable as the story grows. A link is drawn by dragging from a choice's handle (or a scene's "next" handle) to a
 * box. Keyboard: every box is a stop in the Tab order (the story's order), focusing one selects it for the side
 * panel, Enter opens it in the outline, F2 goes to its title. Loaded lazily; it imports no app code but types (see map-view.tsx).
 */
import { Controls, MarkerType, ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapGraph } from './map-graph';
import { layoutKey, layoutMap } from './map-layout';
import { EndingBox, RouteLink, SceneBox, type EndingNode, type RouteEdge, type SceneNode } from './map-parts';
import { mapAriaLabels, useMapElements } from './use-map-elements';

const nodeTypes = { scene: SceneBox, ending: EndingBox };
const edgeTypes = { route: RouteLink };
/** Below this zoom the boxes' words are too small to read: a big map opens at its top, at this zoom, instead. */
const READABLE_ZOOM = 0.75;

interface Props {
  graph: MapGraph;
  start: string;
  selectedScene: string;
  onSelect: (sceneId: string) => void;
  onOpen: (sceneId: string) => void;
  onRename: () => void;
  canConnect: (handle: string, target: string) => boolean;
  onConnect: (sceneId: string, handle: string, target: string) => void;
}

/** The scene of a box a DOM event came from (a box's ID is "scene:<id>"). */
function sceneOf(element: EventTarget): string | null {
  const id = (element as HTMLElement).closest?.('.react-flow__node')?.getAttribute('data-id') ?? '';
  return id.startsWith('scene:') ? id.slice('scene:'.length) : null;
}

export function MapCanvas({ graph, start, selectedScene, onSelect, onOpen, onRename, canConnect, onConnect }: Props) {
  const { t } = useTranslation();
  const [connecting, setConnecting] = useState(false);
  const key = layoutKey(graph);
  // Laid out again only when its shape changes (see layoutKey); the graph's words and marks are always the latest.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => layoutMap(graph), [key]);
  const { nodes, edges } = useMapElements(graph, layout, selectedScene);
  const flowRef = useRef<ReactFlowInstance<SceneNode | EndingNode, RouteEdge> | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);

  // A selected box out of sight (a scene just added, one chosen in the side panel) is brought into view.
  useEffect(() => {
    const [flow, canvas, box] = [flowRef.current, canvasRef.current, layout.boxes.get(`scene:${selectedScene}`)];
    if (!flow || !canvas || !box) return;
    const { x, y, zoom } = flow.getViewport();
    const [left, top] = [box.x * zoom + x, box.y * zoom + y];
    const inside = left >= 0 && top >= 0 && left + box.width * zoom <= canvas.clientWidth && top + box.height * zoom <= canvas.clientHeight;
    if (!inside) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom });
  }, [selectedScene, layout]);

  const onFocus = (event: FocusEvent) => {
    const sceneId = sceneOf(event.target);
    if (sceneId) onSelect(sceneId);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const sceneId = (event.target as HTMLElement).classList.contains('react-flow__node') ? sceneOf(event.target) : null;
    if (!sceneId) return;
    if (event.key === 'Enter') onOpen(sceneId);
    if (event.key === 'F2') {
      // Rename, as in a file manager: the side panel's title field (the box follows as one types).
      event.preventDefault();
      onRename();
    }
  };
  const onInit = (flow: ReactFlowInstance<SceneNode | EndingNode, RouteEdge>) => {
    flowRef.current = flow;
    const [width, height] = [canvasRef.current?.clientWidth || 800, canvasRef.current?.clientHeight || 500];
    const fits = Math.min(width / (layout.width + 48), height / (layout.height + 48));
    if (fits >= READABLE_ZOOM) {
      void flow.fitView({ maxZoom: 1, padding: 0.05 });
      return;
    }
    const first = layout.boxes.get(`scene:${start}`);
    const x = first ? first.x + first.width / 2 : layout.width / 2;
    void flow.setViewport({ x: width / 2 - x * READABLE_ZOOM, y: 12, zoom: READABLE_ZOOM });
  };

  return (
    <div
      ref={canvasRef}
      className={connecting ? 'map-canvas map-connecting' : 'map-canvas'}
      role="region"
      aria-label={t('studio.map.title')}
      aria-describedby="map-help"
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={{ markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } }}
        onInit={onInit}
        onConnect={({ source, sourceHandle, target }) => {
          if (sourceHandle && source.startsWith('scene:')) onConnect(source.slice('scene:'.length), sourceHandle, target);
        }}
        onConnectStart={() => setConnecting(true)}
        onConnectEnd={() => setConnecting(false)}
        isValidConnection={(connection) => Boolean(connection.sourceHandle) && canConnect(connection.sourceHandle!, connection.target)}
        onNodeClick={(_, node) => node.id.startsWith('scene:') && onSelect(node.id.slice('scene:'.length))}
        onNodeDoubleClick={(_, node) => node.id.startsWith('scene:') && onOpen(node.id.slice('scene:'.length))}
        nodesDraggable={false}
        edgesFocusable={false}
        edgesReconnectable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        connectionRadius={40}
        minZoom={0.2}
        maxZoom={1.5}
        ariaLabelConfig={mapAriaLabels(t)}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
