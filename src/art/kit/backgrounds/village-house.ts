/** A Javanese village house seen from its yard: tiled hip roof, veranda, shutters, a banana plant. */
import { P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { banana, box, bulb, bush, cloud, door, fillStage, hills, lw, moon, moonAndStars, palm, repeatX, skyFill, windowAt, windowGlow } from './parts';
import type { BackgroundDef, Stage } from './types';

/** Sky down to the horizon: clouds by day, stars by night; the moon (at `moonAt`) goes to `light`. */
export function villageSky(st: Stage, horizon: number, moonAt?: readonly [number, number]): { svg: string; light: string } {
  const n = st.night;
  let s = fillStage(st, skyFill(st, n ? '#1d2b5c' : '#7cc4ea', n ? '#41568f' : '#e6f4f1', Math.min(st.y0, horizon - 300), horizon), st.y0 - 10, horizon + 2);
  if (n) s += moonAndStars(st, NaN, 0);
  else s += cloud(-200, -300, 1.3) + cloud(150, -360, 1) + cloud(420, -280, 1.1);
  return { svg: s, light: n && moonAt ? moon(st, moonAt[0], moonAt[1]) : '' };
}

export const villageHouse: BackgroundDef = {
  id: 'village-house',
  description: 'Javanese village house exterior with a packed-earth yard, veranda and a banana plant.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -190;
    const sky = villageSky(st, horizon, [-300, -405]);
    let s = sky.svg;
    s += hills(st, horizon, n ? '#3d5a6a' : '#9cc79a', 40, 260, 3) + hills(st, horizon + 18, n ? '#2f4a4a' : '#79b073', 24, 170, 90);
    for (const x of repeatX(st, -520, 360, 100)) s += palm(st, x, horizon + 20, 0.55, 14);
    // Yard.
    s += fillStage(st, n ? '#8a7357' : '#d8b98a', horizon + 10, st.y1 + 10);
    s += P(`M${st.x0 - 10} -40 Q0 -52 ${st.x1 + 10} -38`, 'none', shade('#d8b98a', 0.12), lw(st, 1.2));
    // The house: walls, veranda posts, hip roof.
    const hx = 40;
    const base = -62;
    const wallTop = -262;
    const left = hx - 260;
    const right = hx + 260;
    const wall = n ? '#e7dcc4' : '#f3ead6';
    s += box(st, left, wallTop, right - left, base - wallTop, wall);
    // Woven bamboo panels (gedhek) in the lower wall.
    s += box(st, left, base - 70, right - left, 70, '#d7b67a');
    let weave = '';
    for (let x = left + 8; x < right; x += 16) weave += `M${x} ${base - 70}v70`;
    for (let y = base - 62; y < base; y += 12) weave += `M${left} ${y}H${right}`;
    s += P(weave, 'none', shade('#d7b67a', 0.18), lw(st, 0.6));
    s += door(st, hx - 45, base, 90, 190, '#8a5a34');
    let lights = sky.light;
    for (const wx of [left + 50, right - 160]) {
      s += windowAt(st, wx, wallTop + 60, 110, 90, { night: n, frame: '#7a4f2c', view: 'dark', panes: 4 });
      s += P(`M${wx - 30} ${wallTop + 56} h28 v98 h-28z M${wx + 112} ${wallTop + 56} h28 v98 h-28z`, '#5d8a6a', BG_INK, lw(st));
      if (n) lights += windowGlow(wx, wallTop + 60, 110, 90) + P(`M${wx + 55} ${wallTop + 60}v90M${wx} ${wallTop + 105}h110`, 'none', '#7a4f2c', lw(st, 3));
    }
    // Veranda floor and posts.
    s += box(st, left - 30, base - 4, right - left + 60, 14, '#b59a78');
    for (const px of [left - 10, hx - 110, hx + 110, right + 2]) s += box(st, px, wallTop - 30, 10, base - wallTop + 26, '#8a5a34');
    // Roof: tiled hip roof with a ridge, overhanging the veranda.
    const roof = n ? '#8d4a34' : '#c0643f';
    s += P(
      `M${left - 70} ${wallTop - 20} L${left + 60} ${wallTop - 150} L${right - 60} ${wallTop - 150} L${right + 70} ${wallTop - 20}Z`,
      roof,
      BG_INK,
      lw(st, 1.2),
    );
    let tiles = '';
    for (let y = wallTop - 135; y < wallTop - 20; y += 16) {
      const t = (y - (wallTop - 150)) / 130;
      tiles += `M${left + 60 - t * 130} ${y}H${right - 60 + t * 130}`;
    }
    for (let x = left + 40; x < right - 20; x += 26) tiles += `M${x} ${wallTop - 150}L${hx + (x - hx) * 1.25} ${wallTop - 20}`;
    s += P(tiles, 'none', shade(roof, 0.2), lw(st, 0.7));
    s += box(st, left + 50, wallTop - 158, right - left - 100, 10, shade(roof, 0.25));
    s += box(st, left - 72, wallTop - 24, right - left + 144, 10, '#7a4f2c');
    // Stepping stones from the veranda into the yard.
    let stones = '';
    for (const [sx, sy, r] of [
      [hx - 4, base + 26, 16],
      [hx + 14, base + 52, 19],
      [hx - 8, base + 84, 22],
    ] as const)
      stones += `M${sx - r} ${sy}a${r} ${r * 0.4} 0 1 0 ${2 * r} 0a${r} ${r * 0.4} 0 1 0 ${-2 * r} 0z`;
    s += P(stones, n ? '#8d8a80' : '#c9c2b2', BG_INK, lw(st, 0.8));
    // Plants in the yard.
    s += bush(st, left + 10, base + 16, 0.7) + bush(st, right - 10, base + 18, 0.8, '#5fa35a');
    s += banana(st, hx - 345, -34, 1.15) + banana(st, hx + 420, -40, 1);
    // Tufts of grass and a few stones in the yard.
    let tufts = '';
    for (const x of repeatX(st, -40, 130, 50)) tufts += `M${x} -20 l-5 -10 M${x} -20 l0 -12 M${x} -20 l6 -9`;
    s += P(tufts, 'none', '#6f9a4a', lw(st, 1.2));
    // Porch lamp.
    const b = bulb(st, hx + 70, wallTop - 2, wallTop - 24, n);
    s += b.svg;
    lights += b.light;
    return { back: s, lights: n ? lights : undefined };
  },
};
