/**
 * A Vite plugin: each bundled story's cover, drawn once at build time as the small WebP the library's card shows
 * (src/art/card-cover.ts), so a phone decodes a few KB of picture off its main thread instead of parsing and drawing
 * an SVG on it. The development server draws them when asked. The story's own cover (SVG) stays in public/panels for
 * print and is saved with the story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Plugin } from 'vite';
import { CARD_COVER, cardCoverPath } from '../src/art/card-cover';

/** A bundled story's cover file, as its story.json names it; stories without one are the checker's to report. */
export interface StoryCover {
  storyId: string;
  file: string;
}

export function storyCovers(root: string, publicDir: string): StoryCover[] {
  const stories = join(root, 'stories');
  if (!existsSync(stories)) return [];
  return readdirSync(stories)
    .filter((id) => id !== 'lessons' && existsSync(join(stories, id, 'story.json')))
    .flatMap((storyId) => {
      try {
        const { cover } = JSON.parse(readFileSync(join(stories, storyId, 'story.json'), 'utf8')) as { cover?: unknown };
        const file = typeof cover === 'string' ? join(publicDir, 'panels', storyId, cover) : '';
        return file && existsSync(file) ? [{ storyId, file }] : [];
      } catch {
        return []; // the story checker names the problem; the build goes on without this cover
      }
    });
}

/** The cover drawn at the card's size, cropped to its proportions as the card's CSS does (object-fit: cover). */
export async function drawCardCover(file: string): Promise<Buffer> {
  const source = readFileSync(file);
  // An SVG is drawn straight at the card's size (its width at 72 dpi is the art's own), not drawn large and shrunk.
  const metadata = await sharp(source).metadata();
  const density = file.endsWith('.svg') && metadata.width ? Math.max(1, (72 * CARD_COVER.width) / metadata.width) : undefined;
  return sharp(source, density ? { density } : {})
    .resize(CARD_COVER.width, CARD_COVER.height, { fit: 'cover' })
    .webp({ quality: 72, effort: 6 })
    .toBuffer();
}

export function cardCovers(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let base = '/';
  return {
    name: 'komik-saku-card-covers',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      base = config.base;
    },
    async generateBundle() {
      const covers = storyCovers(root, publicDir);
      const drawn = await Promise.all(covers.map(({ file }) => drawCardCover(file)));
      covers.forEach(({ storyId }, n) => this.emitFile({ type: 'asset', fileName: cardCoverPath(storyId), source: drawn[n]! }));
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const storyId = /^\/covers\/([a-z0-9-]+)\.webp$/.exec((request.url ?? '').slice(base.length - 1))?.[1];
        const cover = storyId ? storyCovers(root, publicDir).find((found) => found.storyId === storyId) : undefined;
        if (!cover) return next();
        drawCardCover(cover.file).then(
          (picture) => response.setHeader('Content-Type', 'image/webp').end(picture),
          (error: unknown) => next(error),
        );
      });
    },
  };
}
