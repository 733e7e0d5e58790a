/**
 * Whether an art file is what its name says and safe to serve from the app's origin: an SVG of plain drawing
 * (svg.ts), or a PNG, JPEG or WebP picture by its first bytes (a ".png" that is really a page would otherwise be
 * served as the app's own). Pure: story:check and the build run it on files, the Studio will on uploads.
 */
import { checkSvg, type ArtFinding } from './svg';

export type { ArtFinding } from './svg';

/** The service worker refuses to store larger files (vite.config.ts), so the art could not be read offline. */
export const MAX_ART_BYTES = 2 * 1024 * 1024;

const SIGNATURES: Record<string, { name: string; matches: (bytes: Uint8Array) => boolean }> = {
  png: { name: 'PNG', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { name: 'JPEG', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  webp: { name: 'WebP', matches: (bytes) => startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
};

export function checkArtFile(fileName: string, bytes: Uint8Array): ArtFinding[] {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (bytes.length > MAX_ART_BYTES) return [{ message: `the file is ${bytes.length} bytes; art may be at most ${MAX_ART_BYTES} (2 MiB)` }];
  if (extension === 'svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return [{ message: 'the SVG is not UTF-8 text' }];
    }
    return checkSvg(text);
  }
  const signature = Object.hasOwn(SIGNATURES, extension) ? SIGNATURES[extension] : undefined;
  if (!signature) return [{ message: 'this is not an art file: art is .svg, .webp, .png or .jpg' }];
  return signature.matches(bytes) ? [] : [{ message: `the file is named .${extension} but is not a ${signature.name} picture` }];
}

/** Which picture the bytes are by their first bytes ("png", "jpg", "webp"), whatever the file is named; null for none. */
export function pictureKind(bytes: Uint8Array): 'png' | 'jpg' | 'webp' | null {
  for (const kind of ['png', 'jpg', 'webp'] as const) if (SIGNATURES[kind]!.matches(bytes)) return kind;
  return null;
}

/** "Line 3, column 5: <script> is not allowed…", or the message alone for the whole file. */
export function describeArtFinding(finding: ArtFinding): string {
  return finding.line
    ? `Line ${finding.line}, column ${finding.column}: ${finding.message}.`
    : `${finding.message.charAt(0).toUpperCase()}${finding.message.slice(1)}.`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
