/**
 * A video call: the panel shows a phone (landscape in wide panels, portrait in tall ones) and the
 * characters appear inside its screen, in their own room. Use camera "close" for a face filling it.
 */
import { el, P } from '../../svg';
import { box, bulb, fillStage, picture, windowAt } from './parts';
import { phoneBox, phoneFrame, roundRect } from './phone-parts';
import type { BackgroundDef } from './types';

export const videoCall: BackgroundDef = {
  id: 'video-call',
  description:
    'Phone close-up framing a video call: the caller (the characters) is seen inside the screen in a simple room; call buttons and a small self-view, no words.',
  hasNight: true,
  draw(st) {
    const { W, H, panelSw: sw } = st;
    const landscape = W / H > 1.05;
    const b = phoneBox(W, H, landscape, 0.96);
    const n = st.night;
    // The caller's room, in world units, behind the characters.
    let back = fillStage(st, n ? '#9a8fb0' : '#e7d8c0', st.y0 - 10, -46) + fillStage(st, n ? '#6b5f70' : '#b9a68a', -46, st.y1 + 10);
    back +=
      windowAt(st, -210, -300, 120, 110, { night: n, view: 'city', curtains: '#7a9cc6', panes: 2 }) +
      picture(st, 110, -290, 64, 50, 'family') +
      picture(st, 190, -250, 40, 54, 'calendar') +
      box(st, st.x0 - 10, -53, st.x1 - st.x0 + 20, 8, '#8d7a66');
    // A shelf with a few things on it.
    back +=
      box(st, 90, -200, 150, 8, '#8a5a34') +
      box(st, 100, -232, 22, 32, '#d24b3e', { rx: 3 }) +
      box(st, 128, -226, 30, 26, '#f2c14e', { rx: 3 }) +
      box(st, 170, -240, 14, 40, '#2a7fb8', { rx: 2 });
    const lamp = bulb(st, 40, -380, -460, n);
    back += lamp.svg;
    // Call interface over the screen (panel units).
    const u = Math.min(b.sw, b.sh) / 20;
    let ui = '';
    const selfW = u * (landscape ? 4.6 : 5.4);
    const selfH = selfW * (landscape ? 1.35 : 1.4);
    const sx = b.sx + b.sw - selfW - u * 0.6;
    const sy = b.sy + u * 0.6;
    ui +=
      el('rect', { x: sx, y: sy, width: selfW, height: selfH, rx: u * 0.4, fill: '#cfd9e3', stroke: '#ffffff', 'stroke-width': sw }) +
      el('circle', { cx: sx + selfW / 2, cy: sy + selfH * 0.45, r: selfW * 0.2, fill: '#7a6a5a' }) +
      P(`M${sx + selfW * 0.15} ${sy + selfH} Q${sx + selfW / 2} ${sy + selfH * 0.6} ${sx + selfW * 0.85} ${sy + selfH}Z`, '#5a7a9a');
    const by = b.sy + b.sh - u * 2;
    const bx = b.sx + b.sw / 2;
    const circle = (x: number, c: string): string =>
      el('circle', { cx: x, cy: by, r: u * 1.1, fill: c, stroke: '#ffffff', 'stroke-width': sw * 0.6, opacity: '.95' });
    ui += circle(bx - u * 3, '#55606e') + P(`M${bx - u * 3.25} ${by - u * 0.55}h${u * 0.5}v${u * 0.6}a${u * 0.25} ${u * 0.25} 0 0 1 ${-u * 0.5} 0z`, '#fff');
    ui +=
      circle(bx + u * 3, '#55606e') +
      el('rect', { x: bx + u * 2.5, y: by - u * 0.35, width: u * 0.7, height: u * 0.7, rx: u * 0.12, fill: '#fff' }) +
      P(`M${bx + u * 3.2} ${by}l${u * 0.45} ${-u * 0.3}v${u * 0.6}z`, '#fff');
    ui +=
      circle(bx, '#e5484d') +
      P(
        `M${bx - u * 0.6} ${by + u * 0.1}q${u * 0.6} ${-u * 0.5} ${u * 1.2} 0l${-u * 0.1} ${u * 0.25}h${-u * 0.25}l0 ${-u * 0.15}q${-u * 0.25} ${-u * 0.1} ${-u * 0.5} 0l0 ${u * 0.15}h${-u * 0.25}z`,
        '#fff',
        '#fff',
        sw * 0.3,
      );
    ui +=
      el('rect', { x: b.sx + u * 0.8, y: b.sy + u * 0.8, width: u * 3, height: u * 0.8, rx: u * 0.4, fill: '#000', opacity: '.35' }) +
      el('circle', { cx: b.sx + u * 1.3, cy: b.sy + u * 1.2, r: u * 0.22, fill: '#4fc36b' });
    // Behind the phone: a plain table top and a wall, in panel units.
    const aroundCut = P(`M-1 -1H${W + 1}V${H + 1}H-1Z ${roundRect(b.x + 1, b.y + 1, b.w - 2, b.h - 2, b.r)}`, n ? '#2d2a3e' : '#d9c4a2', undefined, undefined, {
      'fill-rule': 'evenodd',
    });
    return {
      back,
      lights: n ? lamp.light : undefined,
      clip: { x: b.sx, y: b.sy, w: b.sw, h: b.sh, r: b.r * 0.6 },
      frame: aroundCut + ui + phoneFrame(b, sw) + P(`M${b.x + b.w * 0.45} ${b.y + b.h * 0.012}h${b.w * 0.1}`, 'none', '#3b4150', sw),
    };
  },
};
