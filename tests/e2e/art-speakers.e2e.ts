/**
 * The art kit's speakers, looked at in Chromium: the mouth point compose returns for each character lands on
 * the mouth as drawn, in every kind of pose (tilted heads, sitting, hugging, at the phone), facing either
 * way, in every camera. A balloon's tail can be aimed there and stop short of the face box.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composePanel } from '../../src/art/compose';
import { MOUTH } from '../../src/art/kit/palette';
import type { CharacterPlacement, PanelArtSpec } from '../../src/art/types';
import { launch } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
});

/** The colour of the panel's pixel at each point (fractions of the panel), drawn at the panel's own size. */
async function pixels(svg: string, width: number, height: number, points: { x: number; y: number }[]): Promise<string[]> {
  return page.evaluate(
    async ({ src, width, height, points }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, width, height);
      return points.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.round(x * width), Math.round(y * height), 1, 1).data;
        return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      });
    },
    { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height, points },
  );
}

const surprised = (id: string, pose: string, x: number, more: Partial<CharacterPlacement> = {}): CharacterPlacement => ({
  id,
  pose,
  expression: 'surprised',
  x,
  ...more,
});

// "surprised" draws the mouth as an open oval filled with the mouth colour: the point must fall inside it.
const PANELS: { name: string; spec: PanelArtSpec }[] = [
  {
    name: 'two people talking, the right one flipped',
    spec: {
      width: 600,
      height: 542,
      background: 'harbour',
      characters: [surprised('arif', 'talk', 0.3), surprised('paman-hasan', 'point', 0.7, { flip: true })],
    },
  },
  {
    name: 'heads bowed: crying, typing, the phone in both hands',
    spec: {
      width: 600,
      height: 542,
      background: 'boat-cabin',
      characters: [surprised('arif', 'cry', 0.2), surprised('yohanes', 'phone', 0.5), surprised('inaq-arif', 'cry', 0.8, { flip: true })],
    },
  },
  {
    name: 'a hug: heads leaning in',
    spec: { width: 600, height: 542, background: 'harbour', characters: [surprised('inaq-arif', 'hug', 0.43), surprised('arif', 'hug', 0.57, { flip: true })] },
  },
  {
    name: 'sitting on a chair, on the floor, at a desk',
    spec: {
      width: 800,
      height: 450,
      background: 'house-interior',
      characters: [
        surprised('pak-kades', 'sit', 0.2, { seat: 'chair' }),
        surprised('bu-komang', 'type', 0.5, { y: 0.93, seat: 'chair' }),
        surprised('raka', 'sit-floor', 0.8, { flip: true }),
      ],
    },
  },
  {
    name: 'a phone at the ear, pointing up, thinking (wide camera, tall panel)',
    spec: {
      width: 500,
      height: 800,
      background: 'classroom',
      camera: 'wide',
      characters: [surprised('bu-dewi', 'point-up', 0.3, { scale: 1.6 }), surprised('mandor', 'phone-call', 0.72, { flip: true, scale: 1.6 })],
    },
  },
  { name: 'a close-up', spec: { width: 600, height: 411, background: 'boat-deck', camera: 'close', characters: [surprised('arif', 'think', 0.4)] } },
];

describe('speakers for tails', () => {
  it.each(PANELS)('each mouth point lands on the drawn mouth: $name', async ({ spec }) => {
    const { svg, speakers } = composePanel(spec);
    expect(speakers).toHaveLength(spec.characters!.length);
    const colours = await pixels(
      svg,
      spec.width,
      spec.height,
      speakers.map((speaker) => speaker.mouth),
    );
    expect(colours.map((colour, i) => `${speakers[i]!.id} ${colour}`)).toEqual(speakers.map((speaker) => `${speaker.id} ${MOUTH}`));
    // The face box holds the mouth, so a tail stopped at its edge stops short of the face.
    for (const { mouth, face } of speakers) {
      expect(mouth.x).toBeGreaterThan(face.x);
      expect(mouth.x).toBeLessThan(face.x + face.w);
      expect(mouth.y).toBeGreaterThan(face.y);
      expect(mouth.y).toBeLessThan(face.y + face.h);
    }
  });
});
