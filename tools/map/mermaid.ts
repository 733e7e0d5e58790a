/** The map as Mermaid flowchart text, for pasting into Markdown (GitHub renders it). */
import { printable } from '../../src/story/printable';
import type { StoryMap } from './graph';

/**
 * Story text as a quoted Mermaid label: letters, digits, spaces and plain punctuation as they are, every other character
 * (quotes, #, brackets, pipes, markup, line breaks) as a Mermaid entity code (#60; for <), so a text can neither end
 * its label nor become markup; characters that reorder text are shown as <U+202E>.
 */
export function mermaidLabel(text: string): string {
  return `"${printable(text.replace(/[\t\r\n]+/g, ' ')).replace(/[^\p{L}\p{N}\p{M} .,:;!?'+\-/()%…–—’]/gu, (char) => `#${char.codePointAt(0)};`)}"`;
}

export function mermaid(map: StoryMap): string {
  const id = (nodeId: string) => nodeId.replace(/[^A-Za-z0-9_]/g, '_');
  const quote = mermaidLabel;
  const lines = ['flowchart TD'];
  for (const node of map.nodes) {
    // The lesson list is the map's own markup (lesson IDs are plain); only story text is escaped.
    const label = node.lessons.length ? `${quote(node.label).slice(0, -1)}<br/><small>${node.lessons.join(', ')}</small>"` : quote(node.label);
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
