/** The map as Mermaid flowchart text, for pasting into Markdown (GitHub renders it). */
import type { StoryMap } from './graph';

export function mermaid(map: StoryMap): string {
  const id = (nodeId: string) => nodeId.replace(/[^A-Za-z0-9_]/g, '_');
  const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart TD'];
  for (const node of map.nodes) {
    const label = quote(node.lessons.length ? `${node.label}<br/><small>${node.lessons.join(', ')}</small>` : node.label);
    lines.push(`  ${id(node.id)}${node.kind === 'scene' ? `[${label}]` : `([${label}])`}`);
  }
  for (const link of map.links) {
    const arrow = link.conditional ? '-.->' : '-->';
    lines.push(`  ${id(link.from)} ${arrow}${link.label ? `|${quote(link.label)}|` : ''} ${id(link.to)}`);
  }
  lines.push('  classDef good fill:#d8f3dc,stroke:#1b7a3a', '  classDef bad fill:#fde2e1,stroke:#b3261e');
  for (const node of map.nodes) if (node.kind !== 'scene') lines.push(`  class ${id(node.id)} ${node.kind}`);
  return `${lines.join('\n')}\n`;
}
