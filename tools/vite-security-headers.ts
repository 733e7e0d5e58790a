/**
 * No request leaves the app's origin, and nothing served from it runs script it should not. The built page carries a
 * Content Security Policy that allows only 'self' and the page's own inline scripts by their hash
 * (tools/vite-first-screens.ts). A <meta> policy covers only the page, not a file opened on its own (an SVG at
 * /panels/<story>/<file>.svg is a document of its own), so the build also writes the policies as real response
 * headers into dist/_headers, the file Netlify and Cloudflare Pages read, with `script-src 'none'` for the art;
 * `vite preview` serves by the same file, and docs/hosting.md gives them for nginx. The development server (`npm
 * start`) sends the art's policy too, but not the page's: that would block Vite's inline hot-reload script.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const pagePolicy = (scriptHashes: string[]) =>
  `default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'${scriptHashes.map((hash) => ` '${hash}'`).join('')}; connect-src 'self'; media-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;

/** Art and icons are pictures: opened on their own they may draw, and do nothing else. */
export const ART_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'; sandbox";
const ART_PATHS = ['/panels/*', '/icons/*', '/favicon.svg'];
const artRules = (): Rule[] =>
  ART_PATHS.map((pattern) => ({
    pattern,
    headers: [
      ['Content-Security-Policy', ART_POLICY],
      ['X-Content-Type-Options', 'nosniff'],
    ],
  }));

/** Netlify / Cloudflare Pages `_headers`: a path pattern, then its headers indented. Both join repeated headers. */
export function headersFile(page: string): string {
  return [
    '# Written by the build (tools/vite-security-headers.ts); read by Netlify, Cloudflare Pages and `vite preview`.',
    '/*',
    // frame-ancestors works only in a header (a <meta> policy ignores it, with a console error).
    `  Content-Security-Policy: ${page}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    ...ART_PATHS.flatMap((path) => [path, `  Content-Security-Policy: ${ART_POLICY}`]),
    '',
  ].join('\n');
}

export function securityHeaders(): Plugin {
  let policy: string | null = null;
  let outDir = 'dist';
  return {
    name: 'komik-saku-security-headers',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (context.server) return html;
        const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => `sha256-${createHash('sha256').update(match[1]!).digest('base64')}`);
        policy = pagePolicy(inline);
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    writeBundle: (options) => {
      if (policy) writeFileSync(join(options.dir ?? outDir, '_headers'), headersFile(policy));
    },
    configurePreviewServer: (server) => {
      const file = join(outDir, '_headers');
      server.middlewares.use(sendHeaders(existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : []));
    },
    // Added before Vite's own middlewares, so the art it serves from public/ carries the policy.
    configureServer: (server) => {
      server.middlewares.use(sendHeaders(artRules()));
    },
  };
}

/** A middleware that sets the headers the rules give for each request's path. */
function sendHeaders(rules: Rule[]) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    next();
  };
}

interface Rule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for a path: every matching rule's, a header given by two rules joined with ", " (two policies, both enforced). */
export function headersFor(rules: Rule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}
