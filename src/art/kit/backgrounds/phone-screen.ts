/**
 * A close-up of a phone showing a social-media job post, all shapes and no words: an avatar, name
 * bars, a picture of a plane over a city with a pile of money, reactions and a big button.
 */
import { el, P } from '../../svg';
import { blurredRoom, holdingHand, phoneBox, phoneFrame } from './phone-parts';
import type { BackgroundDef } from './types';

export const phoneScreen: BackgroundDef = {
  id: 'phone-screen',
  description: 'Close-up of a hand holding a phone showing a generic social-media job post (plane, city, money, big button), made of shapes only.',
  hasNight: true,
  draw(st) {
    const { W, H, panelSw: sw } = st;
    const b = phoneBox(W, H, false, 0.94);
    // Screen content in screen units: 100 wide, height follows.
    const k = b.sw / 100;
    const sh = b.sh / k;
    const X = (v: number): number => b.sx + v * k;
    const Y = (v: number): number => b.sy + v * k;
    const R = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra: Record<string, string | number> = {}): string =>
      el('rect', { x: X(x), y: Y(y), width: w * k, height: h * k, rx: rx * k, fill, ...extra });
    const bar = (x: number, y: number, w: number, c = '#c9ccd2', h = 3): string => R(x, y, w, h, c, h / 2);
    let s = R(0, 0, 100, sh, '#f3f4f7');
    // Status bar and app bar.
    s +=
      R(0, 0, 100, 7, '#1d2a44') +
      R(82, 2.2, 10, 3, '#f3f4f7', 1) +
      R(74, 2.4, 1.4, 2.8, '#f3f4f7') +
      R(76.4, 1.6, 1.4, 3.6, '#f3f4f7') +
      R(78.8, 0.8, 1.4, 4.4, '#f3f4f7');
    s +=
      R(0, 7, 100, 11, '#2f5fb3') +
      R(5, 10.5, 7, 1.2, '#fff') +
      R(5, 12.2, 7, 1.2, '#fff') +
      R(5, 13.9, 7, 1.2, '#fff') +
      el('circle', { cx: X(88), cy: Y(12.5), r: 3 * k, fill: '#fff' });
    // Post header: avatar and name bars.
    let y = 22;
    s +=
      el('circle', { cx: X(10), cy: Y(y + 5), r: 5.5 * k, fill: '#f2a541' }) +
      P(`M${X(7)} ${Y(y + 6)}h${6 * k}v${3.6 * k}h${-6 * k}zM${X(8.6)} ${Y(y + 6)}v${-1.4 * k}h${2.8 * k}v${1.4 * k}`, '#fff');
    s += bar(19, y + 1.6, 34, '#3b4150', 3.2) + el('circle', { cx: X(56), cy: Y(y + 3.2), r: 1.8 * k, fill: '#2f7de1' }) + bar(19, y + 7, 20);
    y += 14;
    // Caption: bars with a plane, money and a fire "emoji".
    s +=
      bar(5, y, 62, '#3b4150') +
      P(
        `M${X(71)} ${Y(y + 1.5)}h${7 * k}l${1.4 * k} ${1.2 * k}h${-8.4 * k}zM${X(73)} ${Y(y + 1.5)}l${2 * k} ${-2 * k}h${1.2 * k}l${-0.6 * k} ${2 * k}`,
        '#2f7de1',
      ) +
      R(82, y - 0.8, 8, 4.6, '#3aa55d', 0.8);
    s +=
      bar(5, y + 6, 80, '#3b4150') +
      bar(5, y + 12, 48, '#3b4150') +
      P(
        `M${X(57)} ${Y(y + 15)}q${-2 * k} ${-3 * k} ${1 * k} ${-6 * k}q${0.4 * k} ${2 * k} ${2 * k} ${2.4 * k}q${1.4 * k} ${2.4 * k} ${-1 * k} ${3.6 * k}z`,
        '#f26b3a',
      );
    y += 19;
    // The picture.
    const ih = Math.min(62, sh - y - 40);
    s += R(0, y, 100, ih, '#7cc4ee') + R(0, y + ih * 0.55, 100, ih * 0.45, '#bfe3f5');
    let city = '';
    for (let i = 0; i < 9; i++) {
      const bh = ih * (0.25 + ((i * 37) % 5) * 0.07);
      city += `M${X(i * 11.5)} ${Y(y + ih)}v${-bh * k}h${9.5 * k}v${bh * k}z`;
    }
    s += P(city, '#5d7fa8');
    s += P(
      `M${X(30)} ${Y(y + ih * 0.28)}l${36 * k} ${-8 * k}q${6 * k} ${-1 * k} ${5 * k} ${2 * k}l${-36 * k} ${10 * k}zM${X(48)} ${Y(y + ih * 0.24)}l${-4 * k} ${-10 * k}h${4 * k}l${9 * k} ${7 * k}zM${X(46)} ${Y(y + ih * 0.3)}l${4 * k} ${8 * k}h${4 * k}l${2 * k} ${-10 * k}z`,
      '#ffffff',
      '#2b3140',
      sw * 0.5,
    );
    // A pile of banknotes and coins in front.
    let notes = '';
    for (let i = 0; i < 4; i++) notes += `M${X(28 + i * 2)} ${Y(y + ih - 6 - i * 4.6)}h${40 * k}v${4 * k}h${-40 * k}z`;
    s += P(notes, '#4caf6a', '#2b3140', sw * 0.5);
    for (const cx of [22, 76, 82])
      s += el('circle', { cx: X(cx), cy: Y(y + ih - 5), r: 4.4 * k, fill: '#f2c14e', stroke: '#2b3140', 'stroke-width': sw * 0.5 });
    s += P(
      `M${X(86)} ${Y(y + 8)}l${1.4 * k} ${3 * k}l${3 * k} ${1.4 * k}l${-3 * k} ${1.4 * k}l${-1.4 * k} ${3 * k}l${-1.4 * k} ${-3 * k}l${-3 * k} ${-1.4 * k}l${3 * k} ${-1.4 * k}z`,
      '#fff7c2',
    );
    y += ih + 4;
    // Reactions: heart, comment, share, with count bars.
    s += P(
      `M${X(8)} ${Y(y + 5)}c${-3 * k} ${-2.4 * k} ${-4 * k} ${-5 * k} ${-1.6 * k} ${-5.4 * k}c${1 * k} 0 ${1.4 * k} ${0.6 * k} ${1.6 * k} ${1 * k}c${0.2 * k} ${-0.4 * k} ${0.6 * k} ${-1 * k} ${1.6 * k} ${-1 * k}c${2.4 * k} ${0.4 * k} ${1.4 * k} ${3 * k} ${-1.6 * k} ${5.4 * k}z`,
      '#e5484d',
    );
    s +=
      bar(12, y + 2, 12) +
      P(`M${X(36)} ${Y(y)}h${8 * k}v${4.6 * k}h${-4 * k}l${-2.4 * k} ${2 * k}v${-2 * k}h${-1.6 * k}z`, 'none', '#6b7280', sw * 0.6) +
      bar(47, y + 2, 9) +
      P(`M${X(70)} ${Y(y + 5)}l${6 * k} ${-5 * k}v${2.6 * k}q${4 * k} 0 ${5 * k} ${4 * k}q${-2 * k} ${-2 * k} ${-5 * k} ${-1.4 * k}v${2.6 * k}z`, '#6b7280') +
      bar(84, y + 2, 9);
    y += 11;
    // The big button: a chat bubble and an arrow, no words.
    const bh = Math.min(12, Math.max(8, sh - y - 16));
    s +=
      R(6, y, 88, bh, '#22a45d', bh / 2) +
      P(`M${X(36)} ${Y(y + bh / 2)}a${4 * k} ${3.4 * k} 0 1 1 ${2 * k} ${3 * k}l${-3 * k} ${1 * k}z`, '#fff') +
      P(`M${X(50)} ${Y(y + bh / 2)}h${12 * k}m${-4 * k} ${-3.4 * k}l${4 * k} ${3.4 * k}l${-4 * k} ${3.4 * k}`, 'none', '#fff', sw * 1.1);
    // Bottom navigation.
    s += R(0, sh - 10, 100, 10, '#ffffff') + R(0, sh - 10, 100, 0.5, '#d9dbe0');
    for (const cx of [12, 31, 50, 69, 88]) s += el('circle', { cx: X(cx), cy: Y(sh - 5), r: 2.4 * k, fill: cx === 12 ? '#2f5fb3' : '#9aa0aa' });
    const frame = phoneFrame(b, sw) + holdingHand(b, sw);
    return {
      back: blurredRoom(st),
      frame: s + frame + (st.night ? el('rect', { x: b.sx, y: b.sy, width: b.sw, height: b.sh, fill: '#000', opacity: '.05' }) : ''),
    };
  },
};
