/** The app's QR code, as a phone's camera reads it: the SVG path, drawn at 4 px a module, decodes to the address. */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from '../../src/ui/app-qr/qr-path';

/** The path's unit squares ("M x y h1v1h-1z") painted black on white, as RGBA pixels. */
function rasterise(path: string, size: number, scale = 4): Uint8ClampedArray {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
  }
  return pixels;
}

describe("the app's QR code", () => {
  it.each(['https://komik-saku.example.org/', 'http://192.168.1.20:4173/komik/'])('decodes to %s', (address) => {
    const modules = qrModules(address);
    const path = qrPath(modules);
    expect(path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    const size = modules.length * 4;
    expect(jsQR(rasterise(path, modules.length), size, size)?.data).toBe(address);
  });

  it('keeps a quiet zone of four light modules around the code', () => {
    const modules = qrModules('https://komik-saku.example.org/');
    const edge = [...modules.slice(0, 4), ...modules.slice(-4), ...modules.map((row) => [...row.slice(0, 4), ...row.slice(-4)])];
    expect(edge.flat().some(Boolean)).toBe(false);
  });
});
