/** A phone's screen (360x740 CSS px, the reader's smallest) scaled down to the column it sits in, so what fits on a phone fits here. */
import { useEffect, useRef, useState, type ReactNode } from 'react';

const PHONE = { width: 360, height: 740 };

export function PhoneFrame({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setScale(Math.min(1, entry.contentRect.width / PHONE.width)));
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
