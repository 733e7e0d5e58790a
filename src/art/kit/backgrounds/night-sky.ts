/** A sky for thought and memory panels: stars and a moon over village roofs, or a soft dreamy day sky. */
import { P } from '../../svg';
import { cloud, fillStage, moon, moonAndStars, palm, repeatX, skyFill } from './parts';
import type { BackgroundDef } from './types';

export const nightSky: BackgroundDef = {
  id: 'night-sky',
  description: 'Sky for thought panels: night with moon, stars and village roof silhouettes (night); soft peach dream sky with clouds (day).',
  hasNight: true,
  draw(st) {
    const n = st.night;
    let s = fillStage(st, skyFill(st, n ? '#1b2452' : '#f6c9a8', n ? '#4a4f8c' : '#fbeedd', st.y0, st.y1));
    if (n) s += moonAndStars(st, NaN, 0);
    const light = n ? moon(st, st.x0 + (st.x1 - st.x0) * 0.72, st.y0 + (st.y1 - st.y0) * 0.22) : '';
    for (const x of repeatX(st, -260, 360, 100))
      s += cloud(x, st.y0 + (st.y1 - st.y0) * (0.35 + ((Math.abs(x) / 360) % 2) * 0.15), 1.4, n ? '#6a6fa8' : '#ffffff');
    // Roofs and palms along the bottom, as silhouettes.
    const sil = n ? '#131836' : '#e7a98a';
    let roofs = `M${st.x0 - 10} ${st.y1 + 10}V-40`;
    for (const x of repeatX(st, -300, 200, 200)) roofs += `L${x + 10} -40L${x + 50} -86L${x + 150} -86L${x + 190} -40`;
    roofs += `L${st.x1 + 10} -40V${st.y1 + 10}Z`;
    s += P(roofs, sil);
    for (const x of repeatX(st, -150, 400, 200))
      s += palm(st, x, -30, 0.7, 12)
        .replace(/fill="[^"]*"/g, `fill="${sil}"`)
        .replace(/stroke="[^"]*"/g, `stroke="${sil}"`);
    if (!n) {
      let sparkle = '';
      for (const x of repeatX(st, -100, 170)) sparkle += `M${x} ${st.y0 + 60}l4 10l10 4l-10 4l-4 10l-4 -10l-10 -4l10 -4z`;
      s += P(sparkle, '#ffffff', undefined, undefined, { opacity: '.8' });
    }
    return { back: s, lights: light || undefined };
  },
};
