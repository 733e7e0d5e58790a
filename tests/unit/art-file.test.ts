/**
 * Art is plain drawing: an SVG opened on its own runs in the app's origin, so anything that could run script, fetch
 * from elsewhere or expand entities is refused, with its line and a reason; pictures are what their names say.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArtFile, describeArtFinding, MAX_ART_BYTES } from '../../src/story/art-file/index';
import { checkSvg } from '../../src/story/art-file/svg';

const PANELS = join(import.meta.dirname, '..', '..', 'public', 'panels');
const bundledArt = readdirSync(PANELS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(join(PANELS, folder.name))
      .filter((name) => name.endsWith('.svg'))
      .map((name) => join(PANELS, folder.name, name)),
  );
const pngHeader = (width: number, height: number) => {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
};
const svg = (body: string, root = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${root}>${body}</svg>`;

describe('plain drawing passes', () => {
  it('every picture of the bundled stories and lessons', () => {
    expect(bundledArt.length).toBeGreaterThan(150);
    const refused = bundledArt.flatMap((path) => checkArtFile(path, readFileSync(path)).map((finding) => `${path}: ${finding.message}`));
    expect(refused).toEqual([]);
  });

  it('gradients, patterns, clips, filters, links to its own parts, embedded pictures, an XML declaration and comments', () => {
    const art = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n${svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="5" height="5"/></clipPath>' +
        '<filter id="f"><feGaussianBlur stdDeviation="2"/></filter><path id="p" d="M0 0L10 10z"/></defs>' +
        '<g transform="translate(1 2) rotate(3)" clip-path="url(#c)" filter="url(\'#f\')"><use href="#p" xlink:href="#p" style="fill: url(#g); stroke-width: 2"/></g>' +
        '<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/><title>Sari &amp; Pak Darto &#8212; at the stall</title>',
    )}`;
    expect(checkSvg(art)).toEqual([]);
  });
});

describe('anything else is refused, with its line and column and a reason', () => {
  it.each([
    ['a script element', svg('\n<script>alert(1)</script>'), { line: 2, column: 1, message: '<script> is not allowed: it runs code' }],
    ['an event handler on the root', svg('', ' onload="alert(1)"'), { line: 1, message: '<svg> onload: an event handler runs code; art may not' }],
    ['an event handler in capitals', svg('<rect ONCLICK="x"/>'), { message: '<rect> ONCLICK: an event handler runs code; art may not' }],
    ['an event handler on animation', svg('<animate onbegin="x"/>'), { message: '<animate> onbegin: an event handler runs code; art may not' }],
    [
      'a javascript: link',
      svg('<a href="javascript:alert(1)"><rect/></a>'),
      { message: '<a> is not allowed: it is a link, which can run script (javascript:) or lead away' },
    ],
    [
      'a javascript: link spelt with character references',
      svg('<use xlink:href="&#106;avascript:alert(1)"/>'),
      { message: '<use> xlink:href: a link may only point to a part of the same file (#id)' },
    ],
    [
      'a link to another file',
      svg('<use href="https://evil.example/sprite.svg#a"/>'),
      { message: '<use> href: a link may only point to a part of the same file (#id)' },
    ],
    ['a picture from another host', svg('<image href="//evil.example/x.png"/>'), { message: expect.stringContaining('a picture must be embedded') }],
    [
      'an embedded SVG picture (it could hold script)',
      svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'),
      { message: expect.stringContaining('a picture must be embedded') },
    ],
    [
      'a paint from another host',
      svg('<rect fill="url(https://evil.example/p.svg#x)"/>'),
      { message: expect.stringContaining('is not allowed (no schemes, escapes or markup)') },
    ],
    [
      'a style attribute fetching a file',
      svg('<rect style="fill: url(\'/steal?x\')"/>'),
      { message: '<rect> style: url() may only point to a part of the same file (#id)' },
    ],
    [
      'a style property that is not paint',
      svg('<rect style="background-image: image-set(\'a.png\' 1x)"/>'),
      { message: expect.stringContaining('the style property "background-image') },
    ],
    ['a CSS escape', svg('<rect style="fill: u\\72l(x)"/>'), { message: expect.stringContaining('no schemes, escapes or markup') }],
    ['a function other than transforms and colours', svg('<rect fill="var(--x)"/>'), { message: '<rect> fill: the function var() is not allowed' }],
    [
      'a foreign object',
      svg('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>'),
      { message: '<foreignObject> is not allowed: it can hold a web page, with its script and forms' },
    ],
    ['a style sheet', svg('<style>@import url(//evil.example/a.css);</style>'), { message: expect.stringContaining('<style> is not allowed') }],
    [
      'a style-sheet instruction',
      `<?xml-stylesheet href="//evil.example/a.css"?>${svg('')}`,
      { message: 'the instruction <?xml-stylesheet?> is not allowed: it loads a style sheet' },
    ],
    ['a CDATA section', svg('<title><![CDATA[x]]></title>'), { message: expect.stringContaining('CDATA') }],
    [
      'animation that rewrites a link',
      svg('<set attributeName="href" to="javascript:alert(1)"/>'),
      { message: '<set> is not allowed: it is animation, which can turn a link into script' },
    ],
    ['the XHTML vocabulary', svg('<g xmlns="http://www.w3.org/1999/xhtml"><rect/></g>'), { message: expect.stringContaining('only the SVG namespace') }],
    [
      'a prefixed vocabulary',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      { message: '<h:script> is not plain drawing and is not allowed' },
    ],
    [
      'a DOCTYPE with entities',
      `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${svg('<text>&b;</text>')}`,
      { line: 1, column: 1, message: expect.stringContaining('a DOCTYPE is not allowed') },
    ],
    ['an entity with no definition', svg('<text>&xxe;</text>'), { message: expect.stringContaining('the entity &xxe; is not allowed') }],
    ['an entity in an attribute', svg('<rect fill="&red;"/>'), { message: '<rect> fill: the entity &red; is not allowed' }],
    ['a root other than <svg>', '<html xmlns="http://www.w3.org/2000/svg"><body/></html>', { message: 'the root element is <html>, not <svg>' }],
    ['an <svg> without its namespace', '<svg><rect/></svg>', { message: expect.stringContaining('must declare xmlns') }],
    ['a tag that is never closed', svg('<g><rect/>'), { message: expect.stringContaining('not well-formed XML: </svg> closes <g>') }],
    ['an unquoted attribute', svg('<rect width=5/>'), { message: expect.stringContaining('not well-formed XML: the value of width is not in quotes') }],
    [
      // 30 bytes of PNG header that would take 40 GB to decode: a phone would crash showing it.
      'an embedded picture of more pixels than a phone can decode',
      svg(`<image width="1" height="1" href="data:image/png;base64,${btoa(String.fromCharCode(...pngHeader(100_000, 100_000)))}"/>`),
      { message: expect.stringContaining('the embedded picture is 100000 x 100000 pixels; at most 50000000') },
    ],
  ])('%s', (_what, text, finding) => {
    expect(checkSvg(text)).toContainEqual(expect.objectContaining(finding));
  });

  it('says where, in words an illustrator can follow', () => {
    expect(describeArtFinding(checkSvg(svg('\n\n  <script>alert(1)</script>'))[0]!)).toBe('Line 3, column 3: <script> is not allowed: it runs code.');
  });
});

describe('pictures are what their names say', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it.each([
    ['a.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), []],
    ['a.jpg', bytes(0xff, 0xd8, 0xff, 0xe0, 0), []],
    ['a.webp', new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), []],
    ['a.png', new TextEncoder().encode('<html><script>alert(1)</script>'), ['the file is named .png but is not a PNG picture']],
    ['a.jpg', new TextEncoder().encode(svg('<script>alert(1)</script>')), ['the file is named .jpg but is not a JPEG picture']],
    ['a.webp', new TextEncoder().encode('RIFF....AVI '), ['the file is named .webp but is not a WebP picture']],
    ['a.html', new TextEncoder().encode('<p>hi</p>'), ['this is not an art file: art is .svg, .webp, .png or .jpg']],
    ['a.svg', bytes(0x3c, 0x73, 0xff, 0xfe), ['the SVG is not UTF-8 text']],
    ['a.svg', new Uint8Array(MAX_ART_BYTES + 1), [`the file is ${MAX_ART_BYTES + 1} bytes; art may be at most ${MAX_ART_BYTES} (2 MiB)`]],
  ])('%s %#', (name, content, expected) => {
    expect(checkArtFile(name, content).map((finding) => finding.message)).toEqual(expected);
  });
});

describe('any file at all', () => {
  const safe = {
    element: fc.constantFrom('g', 'rect', 'path', 'circle', 'defs', 'title', 'linearGradient'),
    attribute: fc.constantFrom(
      'fill="#1d4e89"',
      'd="M0 0L1 1z"',
      'transform="translate(1 2) scale(2)"',
      'fill="url(#g)"',
      'style="fill:#fff;stroke-width:2"',
      'opacity=".5"',
      'id="g"',
    ),
  };
  const unsafe = {
    element: fc.constantFrom('script', 'foreignObject', 'a', 'style', 'set', 'animate', 'iframe', 'feImage', 'metadata'),
    attribute: fc.constantFrom(
      'onload="x()"',
      'onclick="x()"',
      'href="javascript:x()"',
      'fill="url(http://e.example/x)"',
      'style="fill:url(//e.example)"',
      'xmlns="http://www.w3.org/1999/xhtml"',
      'href="data:text/html,x"',
      'style="behavior:x"',
      'filter="url(data:x)"',
    ),
  };
  type Node = { element: string; attributes: string[]; children: Node[] };
  const tree = (kind: typeof safe) =>
    fc.letrec<{ node: Node }>((tie) => ({
      node: fc.record({
        element: kind.element,
        attributes: fc.uniqueArray(kind.attribute, { maxLength: 3, selector: (text) => text.split('=')[0] }),
        children: fc.oneof({ maxDepth: 3, depthIdentifier: 'tree' }, fc.constant<Node[]>([]), fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' })),
      }),
    })).node;
  const write = (node: Node): string =>
    `<${node.element}${node.attributes.map((attribute) => ` ${attribute}`).join('')}>${node.children.map(write).join('')}</${node.element}>`;

  it('a drawing of allowed parts passes; the same with one unsafe element or attribute anywhere is refused', () => {
    fc.assert(
      fc.property(
        fc.array(tree(safe), { maxLength: 4 }),
        fc.nat(),
        unsafe.element,
        unsafe.attribute,
        fc.boolean(),
        (nodes, where, element, attribute, asElement) => {
          const body = nodes.map(write).join('');
          expect(checkSvg(svg(body))).toEqual([]);
          // Put the unsafe part before the where-th tag of the drawing (or at its end).
          const tags = [...body.matchAll(/<(?!\/)/g)].map((match) => match.index);
          const at = tags.length > 0 ? tags[where % tags.length]! : body.length;
          const injected = asElement ? `<${element}/>` : `<g ${attribute}/>`;
          expect(checkSvg(svg(body.slice(0, at) + injected + body.slice(at)))).not.toEqual([]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('a bundled picture with something unsafe put in at any tag is refused', () => {
    const pictures = bundledArt.slice(0, 40).map((path) => readFileSync(path, 'utf8'));
    fc.assert(
      fc.property(
        fc.constantFrom(...pictures),
        fc.nat(),
        fc.constantFrom(
          '<script>alert(1)</script>',
          '<g onload="alert(1)"/>',
          '<use href="//e.example/a.svg#x"/>',
          '<foreignObject/>',
          '<rect fill="url(//e.example)"/>',
        ),
        (picture, where, injected) => {
          const tags = [...picture.matchAll(/<(?![/?!])/g)].map((match) => match.index).slice(1);
          const at = tags[where % tags.length]!;
          expect(checkSvg(picture.slice(0, at) + injected + picture.slice(at))).not.toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text is read without an exception, in one pass', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', '&', ';', '#', 'a', 's', 'v', 'g', ' ', '!', '?', '-', '[', ']', '(', ')', ':') }),
        (text) => {
          expect(Array.isArray(checkSvg(text))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    // Long runs of what a backtracking pattern would choke on: each read once.
    for (const text of [
      '<'.repeat(500_000),
      `${svg('')}${'&'.repeat(500_000)}`,
      svg(`<rect fill="${'url('.repeat(200_000)}"/>`),
      svg('<g>'.repeat(150) + '</g>'.repeat(150)),
    ]) {
      expect(checkSvg(text).length).toBeGreaterThan(0);
    }
  });
});
