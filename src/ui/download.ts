/** Hands the reader a file made in the page (their progress, a copy of data that could not be set aside, a story pack). */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type = 'application/json'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** komik-saku-<what>-2026-12-02.json */
export function datedFileName(what: string, now = new Date()): string {
  return `komik-saku-${what}-${now.toISOString().slice(0, 10)}.json`;
}
