/** The map's graph and layout as React Flow's nodes and edges, with each box's name in words for screen readers. */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapGraph } from './map-graph';
import type { MapLayout } from './map-layout';
import type { EndingNode, RouteEdge, SceneNode } from './map-parts';

export function useMapElements(graph: MapGraph, layout: MapLayout, selectedScene: string) {
  const { t } = useTranslation();
  return useMemo(() => {
    const texts = new Map(graph.links.map((link) => [link.id, link.label]));
    const nodes: (SceneNode | EndingNode)[] = graph.boxes.map((box) => {
      const rect = layout.boxes.get(box.id)!;
      const common = {
        id: box.id,
        position: { x: rect.x, y: rect.y },
        width: rect.width,
        height: rect.height,
        ariaRole: 'button' as const,
        domAttributes: { 'aria-roledescription': t('studio.map.box') },
      };
      if (box.kind === 'ending') {
        const kind = t(box.good ? 'studio.map.ending-good' : 'studio.map.ending-bad');
        return { ...common, type: 'ending', data: { box }, ariaLabel: `${kind}: ${box.title}`, selectable: false, connectable: false };
      }
      const marks = box.marks.map((mark) => t(`studio.map.mark-${mark}`));
      const ariaLabel = [t('studio.scene', { name: box.title }), t('studio.map.pages', { count: box.pages }), ...marks].join(', ');
      const exitNames = box.exits.map((exit, index) =>
        exit.choiceId ? t('studio.map.exit-choice', { number: index + 1, text: texts.get(`${box.id}>${exit.handle}`) ?? '' }) : t('studio.map.exit-next'),
      );
      const order = layout.exits.get(box.id) ?? [];
      const exitPlaces = box.exits.map((exit) => (order.indexOf(exit.handle) + 1) / (box.exits.length + 1));
      return { ...common, type: 'scene', data: { box, exitNames, exitPlaces }, ariaLabel, selected: box.sceneId === selectedScene };
    });
    const titles = new Map(graph.boxes.map((box) => [box.id, box.title]));
    const edges: RouteEdge[] = graph.links.map((link) => ({
      id: link.id,
      ariaLabel:
        link.label === undefined
          ? t('studio.map.link-next', { from: titles.get(link.from), to: titles.get(link.to) })
          : t('studio.map.link-choice', { from: titles.get(link.from), text: link.label, to: titles.get(link.to) }),
      domAttributes: { 'aria-roledescription': t('studio.map.link') },
      source: link.from,
      sourceHandle: link.handle,
      target: link.to,
      targetHandle: 'in',
      type: 'route',
      selectable: false,
      data: { route: layout.links.get(link.id)!, ...(link.label !== undefined ? { text: link.label } : {}), conditional: link.conditional },
    }));
    return { nodes, edges };
  }, [graph, layout, selectedScene, t]);
}

/** React Flow's own words (its keyboard help and zoom buttons) in the author's language. */
export function mapAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('studio.map.node-help'),
    'node.a11yDescription.keyboardDisabled': t('studio.map.node-help'),
    'edge.a11yDescription.default': '',
    'controls.ariaLabel': t('studio.map.zoom'),
    'controls.zoomIn.ariaLabel': t('studio.map.zoom-in'),
    'controls.zoomOut.ariaLabel': t('studio.map.zoom-out'),
    'controls.fitView.ariaLabel': t('studio.map.zoom-fit'),
    'handle.ariaLabel': t('studio.map.handle'),
  };
}
