// @vitest-environment jsdom
/**
 * An SVG saved from Inkscape carries the program's notes, which the art rule refuses: the upload takes out those
 * notes and nothing else, so a plain drawing from Inkscape is kept and a hostile one is still refused, for what it
 * really holds. (jsdom: the tidy step reads the file with the browser's XML parser.)
 */
import { describe, expect, it } from 'vitest';
import { checkArtFile } from '../../src/story/art-file/index';
import { tidySvg } from '../../src/studio/art/svg-tidy';
import { checkUpload } from '../../src/studio/art/upload-check';

const inkscape = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="210mm" height="148mm" viewBox="0 0 210 148" version="1.1" id="svg5" inkscape:version="1.2.2 (b0a8486541, 2022-12-01)"
   sodipodi:docname="perahu.svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.74" inkscape:current-layer="layer1" />
  <metadata id="metadata1"><rdf:RDF><cc:Work rdf:about=""><cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/" /></cc:Work></rdf:RDF></metadata>
  <defs id="defs2" />
  <g inkscape:label="Lapisan 1" inkscape:groupmode="layer" id="layer1">
    <rect style="fill:#c0392b;stroke-width:0.26;-inkscape-font-specification:'Sans Bold'" id="rect31" width="79" height="30" x="60" y="80" />
    ${body}
  </g>
</svg>`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('an SVG from a drawing program', () => {
  it('is refused by the art rule as saved, and kept without the program’s notes', () => {
    const file = bytes(inkscape('<path d="M10 100 L200 100" stroke="#1d4e89"/>'));
    expect(checkArtFile('perahu.svg', file).length).toBeGreaterThan(0);
    const upload = checkUpload('perahu.svg', 'image/svg+xml', file, tidySvg);
    if (!upload.ok || upload.kind !== 'svg') throw new Error(`refused: ${JSON.stringify(upload)}`);
    expect(checkArtFile('perahu.svg', upload.bytes)).toEqual([]);
    expect(upload.removed).toEqual(expect.arrayContaining(['<sodipodi:namedview>', '<metadata>', 'inkscape:label', 'xmlns:svg', '-inkscape-… (style)']));
    const kept = new TextDecoder().decode(upload.bytes);
    expect(kept).toContain('d="M10 100 L200 100"');
    expect(kept).toContain('fill:#c0392b');
  });

  it.each([
    ['a script', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an onload handler', '<rect width="1" height="1" onload="alert(1)"/>', /onload: an event handler runs code/],
    ['foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', /<foreignObject> is not allowed/],
    ['a picture from another site', '<image href="http://evil.example/a.png" width="1" height="1"/>', /links to files are not allowed/],
  ])('with %s is still refused, and only for that', (_, body, reason) => {
    const upload = checkUpload('perahu.svg', 'image/svg+xml', bytes(inkscape(body)), tidySvg);
    if (upload.ok || upload.refusal !== 'unsafe-svg') throw new Error(`not refused: ${JSON.stringify(upload)}`);
    expect(upload.reasons.join('\n')).toMatch(reason);
    expect(upload.reasons.join('\n')).not.toMatch(/inkscape|sodipodi|metadata/);
  });

  it('with a DTD is never parsed: refused as it is', () => {
    const text = inkscape('<text>&lol;</text>').replace('<svg', '<!DOCTYPE svg [<!ENTITY lol "lol">]>\n<svg');
    const upload = checkUpload('perahu.svg', 'image/svg+xml', bytes(text), () => {
      throw new Error('a file with a DTD was given to the parser');
    });
    if (upload.ok || upload.refusal !== 'unsafe-svg') throw new Error(`not refused: ${JSON.stringify(upload)}`);
    expect(upload.reasons.join('\n')).toMatch(/a DOCTYPE is not allowed/);
  });

  it('that is not XML is left to the rule', () => {
    expect(tidySvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toBeNull();
  });
});
