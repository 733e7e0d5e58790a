/** The whole page in the reader, zoomed in and out with a double tap (use-page-zoom.ts); back at 1x when reopened. */
import type { ReactNode } from 'react';
import { PAGE_ZOOM, usePageZoom } from './use-page-zoom';

export function ZoomablePage({ children }: { children: ReactNode }) {
  const { holder, zoomed, handlers } = usePageZoom();
  return (
    <div ref={holder} className={`page-zoom${zoomed ? ' page-zoomed' : ''}`} style={{ ['--page-zoom' as string]: zoomed ? PAGE_ZOOM : 1 }} {...handlers}>
      {children}
    </div>
  );
}
