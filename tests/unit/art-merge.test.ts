import { describe, expect, it } from 'vitest';
import { mergeShapes } from '../../src/art/merge';
import { pathBox } from '../../src/art/merge-geometry';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`;
const inner = (merged: string) => merged.replace(/^<svg[^>]*>|<\/svg>$/g, '');

describe('mergeShapes: shapes of one style drawn as one path where that looks the same', () => {
  it('merges two paths of the same style apart from each other into one, in their order', () => {
    const out = mergeShapes(
      svg('<path d="M0 0h10v10z" fill="#f00" stroke="#000" stroke-width="1"/><path d="M50 50h10v10z" fill="#f00" stroke="#000" stroke-width="1"/>'),
    );
    expect(inner(out)).toBe('<path d="M0 0h10v10zM50 50h10v10z" fill="#f00" stroke="#000" stroke-width="1"/>');
  });

  it('keeps shapes of different styles apart', () => {
    const body = '<path d="M0 0h10v10z" fill="#f00"/><path d="M50 50h10v10z" fill="#00f"/><path d="M80 0h10v10z" fill="#f00" opacity=".5"/>';
    expect(inner(mergeShapes(svg(body)))).toBe(body);
  });

  it("keeps overlapping filled shapes apart: the later one covers the earlier one's outline", () => {
    const body =
      '<circle cx="10" cy="10" r="8" fill="#fc0" stroke="#000" stroke-width="1"/><circle cx="16" cy="10" r="8" fill="#fc0" stroke="#000" stroke-width="1"/>';
    expect(inner(mergeShapes(svg(body)))).toBe(body);
  });

  it('does not move a shape back past another it overlaps: the order of overlapping shapes is kept', () => {
    // The face is drawn over the first red shape; the second red shape is drawn over the face, so it stays after it.
    const body =
      '<rect x="0" y="0" width="10" height="10" fill="#f00"/><rect x="20" y="0" width="30" height="30" fill="#fff"/><rect x="25" y="5" width="5" height="5" fill="#f00"/>';
    expect(inner(mergeShapes(svg(body)))).toBe(body);
  });

  it('moves a shape back past others it does not overlap, and joins shapes written as rectangles and circles', () => {
    const out = inner(
      mergeShapes(
        svg(
          '<rect x="0" y="0" width="10" height="10" fill="#f00"/><rect x="20" y="0" width="30" height="30" fill="#fff"/><circle cx="80" cy="80" r="5" fill="#f00"/>',
        ),
      ),
    );
    expect(out).toBe('<path d="M0 0h10v10h-10ZM75 80a5 5 0 1 0 10 0a5 5 0 1 0-10 0Z" fill="#f00"/><rect x="20" y="0" width="30" height="30" fill="#fff"/>');
  });

  it('merges crossing outlines without fill (drawn once or twice, an opaque line looks the same)', () => {
    const out = inner(
      mergeShapes(svg('<path d="M0 0L50 50" fill="none" stroke="#000" stroke-width="2"/><path d="M0 50L50 0" fill="none" stroke="#000" stroke-width="2"/>')),
    );
    expect(out).toBe('<path d="M0 0L50 50M0 50L50 0" fill="none" stroke="#000" stroke-width="2"/>');
  });

  it('makes a leading relative move absolute, so the joined path starts where the shape did', () => {
    const out = inner(
      mergeShapes(
        svg(
          '<path d="M0 0h5" fill="none" stroke="#000" stroke-width="1" opacity=".5"/><path d="m40 40 5 5" fill="none" stroke="#000" stroke-width="1" opacity=".5"/>',
        ),
      ),
    );
    expect(out).toBe('<path d="M0 0h5M40 40l5 5" fill="none" stroke="#000" stroke-width="1" opacity=".5"/>');
  });

  it('leaves alone shapes with a transform, a paint from <defs>, or in <defs>; unwraps groups that do nothing', () => {
    const body =
      '<defs><pattern id="p" width="4" height="4"><rect width="2" height="2" fill="#000"/><rect x="2" y="2" width="2" height="2" fill="#000"/></pattern></defs>' +
      '<path d="M0 0h5v5z" fill="url(#p)"/><path d="M50 50h5v5z" fill="url(#p)"/><path d="M0 90h5v5z" fill="#000" transform="rotate(5)"/>';
    expect(inner(mergeShapes(svg(`<g>${body}</g>`)))).toBe(body);
  });

  it('keeps shapes in different groups apart (each group may move or hide its own)', () => {
    const body = '<g transform="translate(5 0)"><path d="M0 0h5v5z" fill="#000"/></g><g transform="translate(50 0)"><path d="M0 0h5v5z" fill="#000"/></g>';
    expect(inner(mergeShapes(svg(body)))).toBe(body);
  });
});

describe('pathBox: a box that holds what a path draws', () => {
  it('follows relative and absolute commands, curves by their control points, arcs by their reach', () => {
    expect(pathBox('M10 10l10 0v-5H0')).toEqual({ x0: 0, y0: 5, x1: 20, y1: 10 });
    expect(pathBox('M0 0Q50 80 100 0')).toEqual({ x0: 0, y0: 0, x1: 100, y1: 80 });
    const arc = pathBox('M0 0a10 10 0 1 0 20 0')!;
    expect(arc.y1).toBeGreaterThanOrEqual(20);
    expect(pathBox('M0 0 Xx')).toBeUndefined();
  });
});
