/**
 * Sending, as a reader meets it: "Bagikan" hands the story's pack to the share sheet where the phone can share files,
 * and downloads it where it cannot (or the sheet refuses it), saying where the file went; closing the sheet says
 * nothing. The helplines page shares its numbers as plain text, or copies them where there is no share sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../src/app/i18n';
import { HELPLINES } from '../../src/content/helplines';
import { readPack } from '../../src/packs/index';
import { ShareStory } from '../../src/ui/share/share-story';
import { packContext } from '../../tools/pack-files';
import { renderApp } from './render-app';

const publicDir = join(import.meta.dirname, '..', '..', 'public');

/** The app's pictures as its server answers; `offline`: no answer at all. */
function serveApp({ offline = false } = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    if (offline) throw new TypeError('Failed to fetch');
    try {
      return new Response(new Uint8Array(readFileSync(join(publicDir, new URL(url, 'http://app.test').pathname))), {
        headers: { 'content-type': 'image/svg+xml' },
      });
    } catch {
      return new Response('', { status: 404 });
    }
  });
}

/** What the browser was asked to download: the file's name and bytes. */
function watchDownloads(): { name: string; blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
  return downloads;
}

function phoneShares({ files, share }: { files: boolean; share: (data: ShareData) => Promise<void> }) {
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: files ? () => true : undefined });
  Object.defineProperty(navigator, 'share', { configurable: true, value: vi.fn(share) });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (navigator as { canShare?: unknown }).canShare;
  delete (navigator as { share?: unknown }).share;
});

async function tapShare() {
  await act(async () => {
    await switchLanguage('id');
  });
  render(<ShareStory storyId="sample" />);
  fireEvent.click(screen.getByRole('button', { name: 'Bagikan' }));
}

const { context } = packContext();
async function packOf(blob: Blob) {
  const read = readPack(new Uint8Array(await blob.arrayBuffer()), context, 'sample.komik');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe('"Bagikan" on a story', () => {
  beforeEach(() => serveApp());

  it('downloads the pack where the phone cannot share files, and says where it went', async () => {
    const downloads = watchDownloads();
    await tapShare();
    expect(await screen.findByText(/File cerita sudah diunduh \(sample\.komik\)\. Kirim lewat WhatsApp/)).toBeInTheDocument();
    expect(downloads.map(({ name }) => name)).toEqual(['sample.komik']);
    const pack = await packOf(downloads[0]!.blob);
    expect(pack.story.id).toBe('sample');
    expect([...pack.files.keys()].some((name) => name.startsWith('panels/'))).toBe(true);
  });

  it('downloads it too when the share sheet refuses the file', async () => {
    const downloads = watchDownloads();
    phoneShares({ files: true, share: () => Promise.reject(new DOMException('file type', 'NotAllowedError')) });
    await tapShare();
    expect(await screen.findByText(/File cerita sudah diunduh \(sample\.komik\)/)).toBeInTheDocument();
    expect(navigator.share).toHaveBeenCalledOnce();
    expect(downloads).toHaveLength(1);
  });

  it('hands the pack to the share sheet where it can, and says nothing when the reader closes it', async () => {
    const downloads = watchDownloads();
    phoneShares({ files: true, share: () => Promise.reject(new DOMException('closed', 'AbortError')) });
    await tapShare();
    await waitFor(() => expect(navigator.share).toHaveBeenCalledOnce());
    const [file] = vi.mocked(navigator.share).mock.calls[0]![0]!.files!;
    expect(file!.name).toBe('sample.komik');
    expect((await packOf(file!)).story.id).toBe('sample');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bagikan' })).toBeEnabled());
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(downloads).toHaveLength(0);
  });

  it('says the pictures are missing when they are not on the phone yet (offline), and downloads nothing', async () => {
    serveApp({ offline: true });
    const downloads = watchDownloads();
    await tapShare();
    expect(await screen.findByText(/Gambar cerita ini belum ada di HP ini/)).toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });
});

describe("the helplines page's share", () => {
  const numbers = HELPLINES.flatMap((line) => (line.number ? [line.number] : []));

  it('shares the numbers as text, one line each, with the month they were checked', async () => {
    phoneShares({ files: false, share: () => Promise.resolve() });
    await renderApp('#/help');
    fireEvent.click(await screen.findByRole('button', { name: 'Bagikan nomor-nomor ini' }));
    await waitFor(() => expect(navigator.share).toHaveBeenCalledOnce());
    const { title, text } = vi.mocked(navigator.share).mock.calls[0]![0]!;
    expect(title).toBe('Nomor bantuan untuk pekerja migran');
    const lines = text!.split('\n');
    for (const number of numbers) expect(lines.some((line) => line.endsWith(`: ${number}`))).toBe(true);
    expect(text).not.toMatch(/[<>]/);
    expect(lines.at(-1)).toMatch(/2026/);
  });

  it('copies the same text where there is no share sheet, or the sheet fails, and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    phoneShares({ files: false, share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    await renderApp('#/help');
    // After renderApp: user-event puts a clipboard of its own on the page.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bagikan nomor-nomor ini' }));
    expect(await screen.findByText('Nomor-nomor bantuan sudah disalin. Tempel di WhatsApp atau SMS.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledOnce();
    for (const number of numbers) expect(writeText.mock.calls[0]![0]).toContain(number);
  });

  it('says to show the screen instead when it can neither share nor copy', async () => {
    await renderApp('#/help');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bagikan nomor-nomor ini' }));
    expect(await screen.findByText('Belum bisa dibagikan dari HP ini. Tunjukkan layar ini saja.')).toBeInTheDocument();
  });
});
