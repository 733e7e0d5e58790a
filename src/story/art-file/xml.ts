/**
 * A small XML reader for art files: enough of XML to tell plain drawing from anything else, nothing more. One pass,
 * left to right, no regular expressions over the input, so any file is read in time linear in its size. It never
 * expands entities and never reads a DTD: it only reports that there is one (svg.ts refuses it).
 */

export type XmlToken =
  | { kind: 'open'; name: string; attributes: XmlAttribute[]; selfClosing: boolean; at: number }
  | { kind: 'close'; name: string; at: number }
  | { kind: 'text'; text: string; at: number }
  | { kind: 'comment'; at: number }
  | { kind: 'cdata'; at: number }
  | { kind: 'instruction'; target: string; text: string; at: number }
  | { kind: 'doctype'; at: number };

export interface XmlAttribute {
  name: string;
  /** As written, entities not decoded (decode() does that, refusing unknown ones). */
  raw: string;
  at: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const isNameStart = (char: string) => /[A-Za-z_:]/.test(char);
const isNameChar = (char: string) => /[A-Za-z0-9_:.-]/.test(char);
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** The tokens of the text, in order; throws XmlError at the first thing that is not well-formed. */
export function* xmlTokens(text: string): Generator<XmlToken> {
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > at) yield { kind: 'text', text: text.slice(at, textEnd), at };
    if (lt < 0) return;
    at = lt;
    if (text.startsWith('<!--', at)) {
      at = after(text, '-->', at + 4, 'a comment is not closed with -->');
      yield { kind: 'comment', at: lt };
    } else if (text.startsWith('<![CDATA[', at)) {
      at = after(text, ']]>', at + 9, 'a CDATA section is not closed with ]]>');
      yield { kind: 'cdata', at: lt };
    } else if (text.startsWith('<!', at)) {
      // A DOCTYPE (and its internal subset, which may define entities) is reported, never read.
      yield { kind: 'doctype', at: lt };
      return;
    } else if (text.startsWith('<?', at)) {
      const end = after(text, '?>', at + 2, 'a processing instruction is not closed with ?>');
      const body = text.slice(at + 2, end - 2);
      const target = body.split(/[ \t\r\n]/, 1)[0]!;
      yield { kind: 'instruction', target, text: body, at: lt };
      at = end;
    } else if (text[at + 1] === '/') {
      const [name, nameEnd] = readName(text, at + 2);
      let end = nameEnd;
      while (isSpace(text[end])) end += 1;
      if (text[end] !== '>') throw new XmlError(`the closing tag </${name}> is not closed with >`, at);
      yield { kind: 'close', name, at: lt };
      at = end + 1;
    } else {
      const tag = readOpenTag(text, at);
      yield tag.token;
      at = tag.end;
    }
  }
}

function after(text: string, marker: string, from: number, message: string): number {
  const found = text.indexOf(marker, from);
  if (found < 0) throw new XmlError(message, from);
  return found + marker.length;
}

function readName(text: string, from: number): [string, number] {
  if (!isNameStart(text[from] ?? '')) throw new XmlError('a tag or attribute name is missing or starts with a character names may not start with', from);
  let end = from + 1;
  while (end < text.length && isNameChar(text[end]!)) end += 1;
  return [text.slice(from, end), end];
}

function readOpenTag(text: string, from: number): { token: XmlToken; end: number } {
  const [name, nameEnd] = readName(text, from + 1);
  const attributes: XmlAttribute[] = [];
  const seen = new Set<string>();
  let at = nameEnd;
  for (;;) {
    const spaced = isSpace(text[at]);
    while (isSpace(text[at])) at += 1;
    if (at >= text.length) throw new XmlError(`the tag <${name}> is not closed`, from);
    if (text[at] === '>') return { token: { kind: 'open', name, attributes, selfClosing: false, at: from }, end: at + 1 };
    if (text.startsWith('/>', at)) return { token: { kind: 'open', name, attributes, selfClosing: true, at: from }, end: at + 2 };
    if (!spaced) throw new XmlError(`attributes of <${name}> must be separated by spaces`, at);
    const attributeAt = at;
    const [attribute, attributeEnd] = readName(text, at);
    at = attributeEnd;
    while (isSpace(text[at])) at += 1;
    if (text[at] !== '=') throw new XmlError(`the attribute ${attribute} has no value`, attributeAt);
    at += 1;
    while (isSpace(text[at])) at += 1;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") throw new XmlError(`the value of ${attribute} is not in quotes`, at);
    const close = text.indexOf(quote, at + 1);
    if (close < 0) throw new XmlError(`the value of ${attribute} is not closed`, at);
    const raw = text.slice(at + 1, close);
    if (raw.includes('<')) throw new XmlError(`the value of ${attribute} contains <`, at);
    if (seen.has(attribute)) throw new XmlError(`the attribute ${attribute} is given twice`, attributeAt);
    seen.add(attribute);
    attributes.push({ name: attribute, raw, at: attributeAt });
    at = close + 1;
  }
}

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * The text with its character references replaced: the five predefined entities and numeric references. Any other
 * entity would need a DTD to mean anything: it is refused (returned as the name found).
 */
export function decode(raw: string): { text: string } | { unknownEntity: string } {
  if (!raw.includes('&')) return { text: raw };
  let out = '';
  let at = 0;
  while (at < raw.length) {
    const amp = raw.indexOf('&', at);
    if (amp < 0) break;
    out += raw.slice(at, amp);
    const semicolon = raw.indexOf(';', amp);
    const name = semicolon < 0 ? raw.slice(amp + 1, amp + 12) : raw.slice(amp + 1, semicolon);
    const char = semicolon < 0 || semicolon - amp > 12 ? null : referenced(name);
    if (char === null) return { unknownEntity: `&${name}${semicolon < 0 ? '' : ';'}` };
    out += char;
    at = semicolon + 1;
  }
  return { text: out + raw.slice(at) };
}

function referenced(name: string): string | null {
  const predefined = PREDEFINED.get(name);
  if (predefined !== undefined) return predefined;
  const code = /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Line and column (from 1) of an offset, for messages an author can follow. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
