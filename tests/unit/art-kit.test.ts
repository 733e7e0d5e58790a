/** The art kit as an author meets it: every background fills any panel safely and stays light, specs build, speakers are placed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { build } from '../../tools/art/build';
import { CAST } from '../../src/art/cast';
import { composePanel } from '../../src/art/compose';
import { BACKGROUNDS } from '../../src/art/kit/backgrounds/index';
import { POSES } from '../../src/art/kit/characters/types';
import { PROPS } from '../../src/art/kit/props/index';
import { elementCount } from '../../tools/art/sizes';

const root = join(import.meta.dirname, '..', '..');
const SHAPES = [
  { width: 800, height: 400 },
  { width: 800, height: 450 },
  { width: 600, height: 542 },
  { width: 500, height: 800 },
] as const;

describe('backgrounds', () => {
  const cases = BACKGROUNDS.flatMap((b) => (b.hasNight ? (['day', 'night'] as const) : (['day'] as const)).map((variant) => ({ id: b.id, variant })));

  it.each(cases)('$id ($variant) fills every shape and camera with no text, script or outside reference', ({ id, variant }) => {
    for (const shape of SHAPES)
      for (const camera of ['medium', 'wide'] as const) {
        const { svg } = composePanel({ ...shape, background: id, variant, camera });
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
        // Only the SVG namespace itself is a URL; ids are local (url(#...)).
        expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<text|<script|foreignObject|href|https?:|\bon[a-z]+=/i);
      }
  });

  // Shapes of one style merged into one path (src/art/merge.ts) are fewer elements for a phone to parse, and a few
  // more bytes gzipped (a circle written as arcs compresses less well): the busiest, harbour at night, went from
  // 206 elements and 4,060 bytes to 177 and 4,136. Elements are held tighter for it, bytes a little looser.
  it.each(cases)('$id ($variant) stays light for slow phones: at most 200 elements and 4.1 KB gzip at 16:9', ({ id, variant }) => {
    for (const camera of ['medium', 'wide'] as const) {
      const { svg } = composePanel({ width: 800, height: 450, background: id, variant, camera });
      expect(elementCount(svg)).toBeLessThanOrEqual(200);
      expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(4.1 * 1024);
    }
  });
});

describe('characters and props', () => {
  // Hundreds of drawings: seconds on two busy cores (unit files run two at a time).
  it('draws every cast member in every pose, holding and standing by every prop, without error', { timeout: 30_000 }, () => {
    for (const c of CAST)
      for (const pose of POSES)
        composePanel({ width: 600, height: 542, background: 'house-interior', characters: [{ id: c.id, pose, expression: 'crying', x: 0.5 }] });
    const holdable = PROPS.filter((p) => p.holdable).map((p) => p.id);
    expect(holdable).toEqual(expect.arrayContaining(['notebook', 'id-card', 'fish-crate', 'life-jacket']));
    for (const p of PROPS) {
      const { svg } = composePanel({
        width: 600,
        height: 542,
        background: 'harbour',
        characters: [{ id: 'arif', pose: 'give', expression: 'happy', x: 0.3, ...(p.holdable ? { hold: p.id } : {}) }],
        props: [{ id: p.id, x: 0.7, y: 0.95 }],
      });
      expect(svg).not.toMatch(/NaN|undefined/);
    }
  });

  it('names the valid ids when a spec asks for an unknown pose, expression, background or prop', () => {
    const panel = { width: 600, height: 542, background: 'harbour' };
    expect(() => composePanel({ ...panel, characters: [{ id: 'arif', pose: 'dance', expression: 'happy', x: 0.5 }] })).toThrow(
      /Unknown pose "dance".*hug, phone-call, type, cry, point-up/,
    );
    expect(() => composePanel({ ...panel, characters: [{ id: 'arif', pose: 'stand', expression: 'sobbing', x: 0.5 }] })).toThrow(
      /Unknown expression "sobbing".*crying/,
    );
    expect(() => composePanel({ ...panel, background: 'beach' })).toThrow(
      /Unknown background "beach".*harbour, boat-deck, boat-cabin, open-sea, embassy-counter, classroom, scam-office, ferry-terminal, plantation/,
    );
    expect(() => composePanel({ ...panel, props: [{ id: 'net', x: 0.5, y: 0.9 }] })).toThrow(
      /Unknown prop "net".*notebook, notice-board, computer-desk, fish-crate, life-jacket/,
    );
  });
});

describe('speakers', () => {
  const two = composePanel({
    width: 600,
    height: 542,
    background: 'harbour',
    characters: [
      { id: 'arif', pose: 'talk', expression: 'happy', x: 0.3 },
      { id: 'paman-hasan', pose: 'talk', expression: 'happy', x: 0.7, flip: true },
    ],
  });

  it('gives each placed character, in spec order, a mouth inside its face box', () => {
    expect(two.speakers.map((s) => s.id)).toEqual(['arif', 'paman-hasan']);
    for (const { mouth, face } of two.speakers) {
      expect(mouth.x).toBeGreaterThan(face.x);
      expect(mouth.x).toBeLessThan(face.x + face.w);
      expect(mouth.y).toBeGreaterThan(face.y + face.h / 2);
      expect(mouth.y).toBeLessThan(face.y + face.h);
    }
  });

  it('puts the mouth on the side the face turns to, and near the top of the panel for standing people', () => {
    const [arif, hasan] = two.speakers;
    expect(arif!.mouth.x).toBeGreaterThan(arif!.face.x + arif!.face.w / 2);
    expect(hasan!.mouth.x).toBeLessThan(hasan!.face.x + hasan!.face.w / 2);
    expect(arif!.mouth.x).toBeCloseTo(0.3, 1);
    expect(hasan!.mouth.x).toBeCloseTo(0.7, 1);
    for (const s of two.speakers) expect(s.mouth.y).toBeGreaterThan(0.2);
  });
});

describe('npm run art', { timeout: 60_000 }, () => {
  const stories = readdirSync(join(root, 'tools', 'art', 'specs')).map((name) => name.replace(/\.json$/, ''));

  it.each(stories)('public/panels/%s is exactly what its spec builds', (story) => {
    const out = join(root, 'node_modules', '.cache', 'art-test', story);
    const built = build(join(root, 'tools', 'art', 'specs', `${story}.json`), out);
    expect(built.length).toBeGreaterThan(0);
    for (const { file } of built)
      expect(readFileSync(join(out, file), 'utf8'), `${story}/${file}`).toBe(readFileSync(join(root, 'public', 'panels', story, file), 'utf8'));
  });
});
