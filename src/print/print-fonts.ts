/**
 * The app's font on paper. The app declares Andika with font-display: optional (a late font must not make the text
 * jump while reading), so a browser that has not cached it yet, such as the fresh Chromium of `npm run print`, keeps
 * the fallback font for the whole visit and the booklet prints in another font than the screen shows. Paper can wait:
 * each such @font-face of the app's own style sheets is added again with display block, and the sheets wait for it.
 */
let loading: Promise<unknown> | null = null;

export function loadPrintFonts(): Promise<unknown> {
  if (typeof FontFace === 'undefined' || !document.fonts) return Promise.resolve();
  loading ??= Promise.all(
    optionalFaces().map(({ family, source, descriptors }) => {
      const face = new FontFace(family, source, { ...descriptors, display: 'block' });
      document.fonts.add(face);
      // A font that cannot load leaves the fallback: the pages still print.
      return face.load().catch(() => undefined);
    }),
  );
  return loading;
}

function optionalFaces(): { family: string; source: string; descriptors: FontFaceDescriptors }[] {
  return [...document.styleSheets].flatMap((sheet) =>
    cssRules(sheet)
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-display') === 'optional')
      .map((rule) => ({
        family: rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, ''),
        // url() in a style sheet is relative to the sheet; FontFace resolves it against the page.
        source: rule.style
          .getPropertyValue('src')
          .replace(/url\((["']?)([^"')]+)\1\)/g, (_match, _quote: string, url: string) => `url("${new URL(url, sheet.href ?? document.baseURI).href}")`),
        descriptors: { weight: rule.style.getPropertyValue('font-weight') || 'normal', style: rule.style.getPropertyValue('font-style') || 'normal' },
      })),
  );
}

function cssRules(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return [...sheet.cssRules];
  } catch {
    // A sheet of another origin cannot be read (there are none in the app, but never fail printing for it).
    return [];
  }
}
