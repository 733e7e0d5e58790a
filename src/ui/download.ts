/** Hands the reader a file made in the page (their progress, a copy of data that could not be set aside). */
export function downloadFile(fileName: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** komik-saku-<what>-2026-12-02.json */
export function datedFileName(what: string, now = new Date()): string {
  return `komik-saku-${what}-${now.toISOString().slice(0, 10)}.json`;
}
