/**
 * Drawing programs leave notes for themselves in an SVG: Inkscape's <sodipodi:namedview>, its layer names
 * (inkscape:label), <metadata> with a licence in RDF, "-inkscape-font-specification" in a style. None of it is drawing,
 * so the art rule refuses it (src/story/art-file/svg.ts), and an author who saved from Inkscape would be refused for
 * nothing. This takes those notes out, and only those: whatever else the rule refuses (a script, a handler, a link
 * out) stays in, so the rule still refuses it. The file is read by the browser's XML parser (no script runs, nothing
 * is fetched) and only after the rule has seen that it has no DTD, so no entity is ever expanded.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Namespaces of drawing programs' own notes: Inkscape, Sodipodi, Adobe Illustrator, Sketch, and RDF licences. */
const NOTE_NAMESPACES = [
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://ns.adobe.com/',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://creativecommons.org/ns#',
];
const isNote = (namespace: string | null) => namespace !== null && NOTE_NAMESPACES.some((note) => namespace.startsWith(note));

export interface Tidied {
  text: string;
  /** What was taken out, once each: "<sodipodi:namedview>", "inkscape:label". */
  removed: string[];
}

/** The SVG without its drawing program's notes, or null when the text is not XML the browser can read. */
export function tidySvg(text: string): Tidied | null {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  if (root.namespaceURI !== SVG_NS || document.getElementsByTagName('parsererror').length > 0) return null;
  const removed = new Set<string>();
  const visit = (element: Element) => {
    for (const child of [...element.children]) {
      if (isNote(child.namespaceURI) || (child.namespaceURI === SVG_NS && child.localName === 'metadata')) {
        removed.add(`<${child.tagName}>`);
        child.remove();
      } else visit(child);
    }
    for (const attribute of [...element.attributes]) {
      const declaresNote = attribute.namespaceURI === XMLNS_NS && (isNote(attribute.value) || attribute.value === SVG_NS) && attribute.name !== 'xmlns';
      if (isNote(attribute.namespaceURI) || declaresNote) {
        removed.add(attribute.name);
        element.removeAttributeNode(attribute);
      }
    }
    const style = element.getAttribute('style');
    if (style !== null) {
      const kept = style.split(';').filter((declaration) => !/^\s*-(inkscape|sodipodi)-/i.test(declaration));
      if (kept.length !== style.split(';').length) {
        removed.add('-inkscape-… (style)');
        element.setAttribute('style', kept.join(';'));
      }
    }
  };
  visit(root);
  return { text: new XMLSerializer().serializeToString(document), removed: [...removed] };
}
