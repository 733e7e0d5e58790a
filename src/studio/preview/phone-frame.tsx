/** A phone's screen (360x740 CSS px, the reader's smallest) scaled down to the column it sits in, so what fits on a phone fits here. */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const PHONE = { width: 360, height: 740 };

export function PhoneFrame({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  // Measured before the first paint too, so the phone never shows a frame at full size in a narrower column.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = (width: number) => setScale(width > 0 ? Math.min(1, width / PHONE.width) : 1);
    fit(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => entry && fit(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="studio-phone-room" ref={box} style={{ height: PHONE.height * scale }}>
      <div className="studio-phone" role="group" aria-label={label} style={{ width: PHONE.width, height: PHONE.height, transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
