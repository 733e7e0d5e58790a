/**
 * Art is plain drawing. An SVG file is a document: opened on its own (/panels/<story>/<file>.svg) it runs its
 * script in the app's origin, where the reader's progress lives, and it can fetch from anywhere. So an art file
 * passes only if everything in it is on these allow-lists: drawing elements, their geometry and paint, links only to
 * its own parts (#id), pictures only as data: PNG, JPEG or WebP. No script, event handlers, style sheets, foreign
 * content, animation, DTD or entities. Pure, so story:check, the build and the Studio share one rule.
 */
import { MAX_PIXELS, pictureDimensions } from './dimensions';
import { decode, lineAndColumn, xmlTokens, XmlError, type XmlAttribute, type XmlToken } from './xml';

export interface ArtFinding {
  /** Where in the file, from 1; absent for what concerns the whole file. */
  line?: number;
  column?: number;
  message: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const MAX_DEPTH = 100;
const MAX_FINDINGS = 20;

const DRAWING =
  'svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan linearGradient radialGradient stop pattern clipPath mask marker image';
const FILTERS =
  'filter feBlend feColorMatrix feComponentTransfer feComposite feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence';
const ELEMENTS = new Set(`${DRAWING} ${FILTERS}`.split(' '));

/** Why the usual suspects are refused, in words an illustrator can act on. */
const REFUSED_ELEMENTS = new Map([
  ['script', 'runs code'],
  ['foreignObject', 'can hold a web page, with its script and forms'],
  ['style', 'is a style sheet, which can fetch files from anywhere: put colours in attributes instead'],
  ['a', 'is a link, which can run script (javascript:) or lead away'],
  ['animate', 'is animation, which can turn a link into script'],
  ['animateMotion', 'is animation, which can turn a link into script'],
  ['animateTransform', 'is animation, which can turn a link into script'],
  ['set', 'is animation, which can turn a link into script'],
  ['feImage', 'loads a picture from a link'],
  ['iframe', 'loads another page'],
  ['embed', 'loads other content'],
  ['object', 'loads other content'],
]);

/** Paint and text properties: allowed as attributes and inside a style attribute. */
const PRESENTATION = new Set(
  (
    'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-miterlimit ' +
    'stroke-dasharray stroke-dashoffset opacity stop-color stop-opacity clip-path clip-rule mask filter color display ' +
    'visibility overflow font-family font-size font-weight font-style font-variant font-stretch text-anchor ' +
    'text-decoration dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing writing-mode ' +
    'direction vector-effect paint-order shape-rendering image-rendering color-interpolation ' +
    'color-interpolation-filters flood-color flood-opacity lighting-color marker-start marker-mid marker-end ' +
    'mix-blend-mode isolation transform-origin transform-box'
  ).split(' '),
);

const ATTRIBUTES = new Set(
  (
    'id class lang xml:lang xml:space role focusable version baseProfile viewBox preserveAspectRatio width height x y ' +
    'x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength transform gradientTransform patternTransform ' +
    'gradientUnits spreadMethod patternUnits patternContentUnits clipPathUnits maskUnits maskContentUnits ' +
    'markerUnits markerWidth markerHeight refX refY orient offset filterUnits primitiveUnits in in2 result ' +
    'stdDeviation dx dy mode operator k1 k2 k3 k4 values type tableValues slope intercept amplitude exponent ' +
    'radius baseFrequency numOctaves seed stitchTiles scale xChannelSelector yChannelSelector azimuth elevation ' +
    'surfaceScale diffuseConstant specularConstant specularExponent kernelUnitLength pointsAtX pointsAtY pointsAtZ ' +
    'limitingConeAngle lengthAdjust textLength rotate'
  ).split(' '),
);

/** Functions a value may use: transforms, colours, and url() to a part of the same file. */
const FUNCTIONS = new Set(['url', 'matrix', 'translate', 'scale', 'rotate', 'skewx', 'skewy', 'rgb', 'rgba', 'hsl', 'hsla']);
const LOCAL_REFERENCE = /^#[A-Za-z_][A-Za-z0-9_.-]*$/;
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=\s]*$/;

/** Everything in the SVG text that is not plain drawing, with its line and column; empty when the art is safe. */
export function checkSvg(text: string): ArtFinding[] {
  const findings: ArtFinding[] = [];
  const find = (at: number, message: string) => {
    if (findings.length < MAX_FINDINGS) findings.push({ ...lineAndColumn(text, at), message });
  };
  const open: string[] = [];
  let rootSeen = false;
  let first = true;
  try {
    for (const token of xmlTokens(text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text)) {
      if (findings.length >= MAX_FINDINGS) break;
      checkToken(token, { find, open, first, rootSeen });
      if (token.kind === 'open' && open.length === 0) {
        if (rootSeen) find(token.at, 'there is more than one root element');
        rootSeen = true;
      }
      if (token.kind === 'open' && !token.selfClosing) {
        open.push(token.name);
        if (open.length > MAX_DEPTH) throw new XmlError(`elements nest deeper than ${MAX_DEPTH} levels`, token.at);
      }
      if (token.kind === 'close') {
        const expected = open.pop();
        if (expected !== token.name) throw new XmlError(expected ? `</${token.name}> closes <${expected}>` : `</${token.name}> closes nothing`, token.at);
      }
      if (!(token.kind === 'text' && token.text.trim() === '')) first = false;
    }
    if (open.length > 0) find(text.length, `<${open.at(-1)}> is never closed`);
    if (!rootSeen && findings.length === 0) find(0, 'there is no <svg> element');
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    find(error.at, `the file is not well-formed XML: ${error.message}`);
  }
  return findings;
}

interface Place {
  find: (at: number, message: string) => void;
  open: string[];
  first: boolean;
  rootSeen: boolean;
}

function checkToken(token: XmlToken, place: Place): void {
  const { find } = place;
  if (token.kind === 'doctype') find(token.at, 'a DOCTYPE is not allowed: it can define entities that expand to gigabytes or read other files');
  else if (token.kind === 'cdata') find(token.at, 'a CDATA section is not allowed (it only serves to hide script or style)');
  else if (token.kind === 'instruction') {
    const declaration = token.target === 'xml' && place.first;
    if (!declaration)
      find(token.at, `the instruction <?${token.target}?> is not allowed${token.target === 'xml-stylesheet' ? ': it loads a style sheet' : ''}`);
  } else if (token.kind === 'text') {
    const decoded = decode(token.text);
    if ('unknownEntity' in decoded)
      find(token.at, `the entity ${decoded.unknownEntity} is not allowed (only &amp; &lt; &gt; &quot; &apos; and numeric references)`);
    else if (place.open.length === 0 && decoded.text.trim() !== '') find(token.at, 'there is text outside the <svg> element');
  } else if (token.kind === 'open') checkElement(token, place);
}

function checkElement(token: Extract<XmlToken, { kind: 'open' }>, { find, open, rootSeen }: Place): void {
  const { name } = token;
  const isRoot = open.length === 0 && !rootSeen;
  if (isRoot && name !== 'svg') find(token.at, `the root element is <${name}>, not <svg>`);
  const refused = REFUSED_ELEMENTS.get(name);
  if (refused) find(token.at, `<${name}> is not allowed: it ${refused}`);
  else if (!ELEMENTS.has(name)) find(token.at, `<${name}> is not plain drawing and is not allowed`);
  const namespace = token.attributes.find((attribute) => attribute.name === 'xmlns');
  if (isRoot && !namespace) find(token.at, `the <svg> element must declare xmlns="${SVG_NS}"`);
  for (const attribute of token.attributes) {
    const problem = attributeProblem(name, attribute);
    if (problem) find(attribute.at, `<${name}> ${attribute.name}: ${problem}`);
  }
}

function attributeProblem(element: string, attribute: XmlAttribute): string | null {
  const { name } = attribute;
  const decoded = decode(attribute.raw);
  if ('unknownEntity' in decoded) return `the entity ${decoded.unknownEntity} is not allowed`;
  const value = decoded.text.trim();
  if (/^on/i.test(name)) return 'an event handler runs code; art may not';
  if (name === 'xmlns') return value === SVG_NS ? null : `only the SVG namespace (${SVG_NS}) is allowed; others can carry script`;
  if (name === 'xmlns:xlink') return value === XLINK_NS ? null : `must be ${XLINK_NS}`;
  if (name === 'href' || name === 'xlink:href') return linkProblem(element, value);
  if (name === 'style') return styleProblem(value);
  if (name.startsWith('aria-')) return valueProblem(value);
  if (!ATTRIBUTES.has(name) && !PRESENTATION.has(name)) return 'this attribute is not allowed in art';
  return valueProblem(value);
}

function linkProblem(element: string, value: string): string | null {
  if (element === 'image') {
    if (!EMBEDDED_PICTURE.test(value)) return 'a picture must be embedded as data:image/png, jpeg or webp; links to files are not allowed';
    const size = embeddedSize(value);
    return size && size.width * size.height > MAX_PIXELS
      ? `the embedded picture is ${size.width} x ${size.height} pixels; at most ${MAX_PIXELS} are allowed, as more could exhaust a phone's memory`
      : null;
  }
  return LOCAL_REFERENCE.test(value) ? null : 'a link may only point to a part of the same file (#id)';
}

/** The size an embedded picture declares (its header is in the first few kilobytes), or null when it cannot be read. */
function embeddedSize(dataUrl: string): { width: number; height: number } | null {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1).replace(/\s/g, '');
  try {
    const binary = atob(base64.slice(0, 131_072 - (131_072 % 4)));
    return pictureDimensions(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

function styleProblem(style: string): string | null {
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (colon < 0 || !PRESENTATION.has(property)) return `the style property "${declaration.trim().slice(0, 40)}" is not allowed`;
    const problem = valueProblem(declaration.slice(colon + 1).trim());
    if (problem) return problem;
  }
  return null;
}

/** A value is numbers, names, colours, transforms and url(#id): nothing that names a scheme, a file or an escape. */
function valueProblem(value: string): string | null {
  if (/[:\\@<>`]/.test(value)) return `the value "${value.slice(0, 40)}" is not allowed (no schemes, escapes or markup)`;
  for (let open = value.indexOf('('); open >= 0; open = value.indexOf('(', open + 1)) {
    let start = open;
    while (start > 0 && /[A-Za-z-]/.test(value[start - 1]!)) start -= 1;
    const name = value.slice(start, open).toLowerCase();
    if (!FUNCTIONS.has(name)) return `the function ${name}() is not allowed`;
    if (name === 'url') {
      const close = value.indexOf(')', open);
      const target = value
        .slice(open + 1, close < 0 ? value.length : close)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      if (!LOCAL_REFERENCE.test(target)) return 'url() may only point to a part of the same file (#id)';
    }
  }
  return null;
}
