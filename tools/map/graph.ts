/** The branching map as data: scene and ending nodes in layers from the start, and the links between them. */
import { reachableScenes } from '../../src/story/check/graph';
import type { Story } from '../../src/story/schema';

export interface MapNode {
  id: string;
  kind: 'scene' | 'good' | 'bad';
  label: string;
  lessons: string[];
  layer: number;
  row: number;
  reachable: boolean;
}

export interface MapLink {
  from: string;
  to: string;
  /** The choice text, or empty for a "next" link or the way into an ending. */
  label: string;
  conditional: boolean;
}

export interface StoryMap {
  nodes: MapNode[];
  links: MapLink[];
  layers: number;
}

/** Node IDs for endings are prefixed so a scene and an ending may share an ID. */
export const endingNode = (endingId: string) => `ending:${endingId}`;

export function storyMap(story: Story, text: (key: string, fallback: string) => string): StoryMap {
  const links: MapLink[] = [];
  for (const scene of story.scenes) {
    const end = scene.then;
    if (end.kind === 'next') links.push({ from: scene.id, to: end.scene, label: '', conditional: false });
    if (end.kind === 'ending') links.push({ from: scene.id, to: endingNode(end.ending), label: '', conditional: false });
    if (end.kind === 'choices') {
      for (const choice of end.choices) {
        const teaches = choice.teaches?.length ? ` (+ ${choice.teaches.join(', ')})` : '';
        links.push({
          from: scene.id,
          to: choice.target,
          label: text(`choice.${choice.id}.text`, choice.text) + teaches,
          conditional: Boolean(choice.condition),
        });
      }
    }
  }
  const layerOf = layersFrom(story.start, links);
  const reachable = reachableScenes(story);
  let deepest = Math.max(0, ...layerOf.values());
  const nodes: MapNode[] = story.scenes.map((scene) => {
    if (!layerOf.has(scene.id)) layerOf.set(scene.id, ++deepest);
    return {
      id: scene.id,
      kind: 'scene',
      label: text(`scene.${scene.id}.title`, scene.title ?? scene.id),
      lessons: scene.teaches ?? [],
      layer: layerOf.get(scene.id)!,
      row: 0,
      reachable: reachable.has(scene.id),
    };
  });
  const endingLayer = deepest + 1;
  for (const ending of story.endings) {
    nodes.push({
      id: endingNode(ending.id),
      kind: ending.kind,
      label: text(`ending.${ending.id}.title`, ending.title),
      lessons: ending.teaches ?? [],
      layer: endingLayer,
      row: 0,
      reachable: links.some((link) => link.to === endingNode(ending.id)),
    });
  }
  const rows = new Map<number, number>();
  for (const node of nodes) {
    node.row = rows.get(node.layer) ?? 0;
    rows.set(node.layer, node.row + 1);
  }
  return { nodes, links, layers: endingLayer + 1 };
}

/** Breadth-first depth from the start: each scene sits one layer below the first scene that leads to it. */
function layersFrom(start: string, links: MapLink[]): Map<string, number> {
  const layer = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const link of links) {
      if (link.from === id && !layer.has(link.to) && !link.to.startsWith('ending:')) {
        layer.set(link.to, layer.get(id)! + 1);
        queue.push(link.to);
      }
    }
  }
  return layer;
}
