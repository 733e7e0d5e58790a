/** What React Flow draws for the map: a scene's box (its handles), an ending's box, and a link along its route. */
import { BaseEdge, EdgeLabelRenderer, Handle, Position, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { MapBox } from './map-graph';
import type { LinkRoute, Point } from './map-layout';

/** `exitPlaces`: where each exit's handle sits along the bottom (0 to 1), as the layout ordered them. */
export type SceneNode = Node<{ box: Extract<MapBox, { kind: 'scene' }>; exitNames: string[]; exitPlaces: number[] }, 'scene'>;
export type EndingNode = Node<{ box: Extract<MapBox, { kind: 'ending' }> }, 'ending'>;
export type RouteEdge = Edge<{ route: LinkRoute; text?: string; conditional: boolean }, 'route'>;

export function SceneBox({ data }: NodeProps<SceneNode>) {
  const { t } = useTranslation();
  const { box, exitNames, exitPlaces } = data;
  return (
    <div className={box.marks.some((mark) => mark !== 'start') ? 'map-box map-scene map-box-trouble' : 'map-box map-scene'}>
      <Handle type="target" position={Position.Top} id="in" className="map-drop" isConnectableStart={false} />
      <span className="map-box-title">{box.title}</span>
      <span className="map-box-meta">{t('studio.map.pages', { count: box.pages })}</span>
      {box.marks.length > 0 ? (
        <span className="map-marks">
          {box.marks.map((mark) => (
            <span key={mark} className={`map-mark map-mark-${mark}`}>
              {t(`studio.map.mark-${mark}`)}
            </span>
          ))}
        </span>
      ) : null}
      {box.exits.map((exit, index) => (
        <Handle
          key={exit.handle}
          type="source"
          position={Position.Bottom}
          id={exit.handle}
          className="map-exit"
          title={exitNames[index]}
          aria-label={exitNames[index]}
          style={{ left: `${(exitPlaces[index] ?? 0.5) * 100}%` }}
        />
      ))}
    </div>
  );
}

export function EndingBox({ data }: NodeProps<EndingNode>) {
  const { t } = useTranslation();
  const { box } = data;
  return (
    <div className={box.good ? 'map-box map-ending map-ending-good' : 'map-box map-ending map-ending-bad'}>
      <Handle type="target" position={Position.Top} id="in" className="map-drop" isConnectableStart={false} />
      <span className="map-box-meta">{t(box.good ? 'studio.map.ending-good' : 'studio.map.ending-bad')}</span>
      <span className="map-box-title">{box.title}</span>
    </div>
  );
}

/** A path through the route's points, its corners rounded a little so crossing links stay easy to follow. */
export function pathOf(points: readonly Point[], radius = 8): string {
  let path = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (p: Point, q: Point) => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) * r) / length, y: p.y + ((q.y - p.y) * r) / length };
    };
    const [before, after] = [towards(b, a), towards(b, c)];
    path += ` L ${before.x} ${before.y} Q ${b.x} ${b.y} ${after.x} ${after.y}`;
  }
  const last = points.at(-1)!;
  return `${path} L ${last.x} ${last.y}`;
}

export function RouteLink({ id, data, markerEnd, selected }: EdgeProps<RouteEdge>) {
  const { t } = useTranslation();
  if (!data) return null;
  const { route, text, conditional } = data;
  const label = route.label;
  return (
    <>
      <BaseEdge id={id} path={pathOf(route.points)} markerEnd={markerEnd} className={conditional ? 'map-link map-link-conditional' : 'map-link'} />
      {label && text !== undefined ? (
        <EdgeLabelRenderer>
          <span
            className={selected ? 'map-link-label map-link-label-selected' : 'map-link-label'}
            style={{ width: label.width, transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
          >
            {conditional ? <span className="map-link-condition">{t('studio.map.conditional')}</span> : null}
            {text || t('studio.map.no-text')}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}
