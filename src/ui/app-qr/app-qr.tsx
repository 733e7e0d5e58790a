/**
 * The app's address as a QR code, so a room installs it during a workshop: the size of the first download first (a
 * figure the build writes, app-size.json, precached so it shows offline too), then the code, then the address as text.
 * Loaded only where it is shown (the present screen's "Pasang aplikasi", the settings).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../bytes';
import { addAppQrWords } from './app-qr-words';
import { qrModules, qrPath } from './qr-path';
import './app-qr.css';

/** Where the app lives: its origin and base path, without the screen's address (#/…). */
export function appAddress(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

export function AppQr({ titleId }: { titleId?: string }) {
  const { t, i18n } = useTranslation();
  useState(() => addAppQrWords(i18n));
  const address = appAddress();
  const modules = useMemo(() => qrModules(address), [address]);
  const bytes = useFirstDownload();
  return (
    <figure className="app-qr">
      <figcaption>
        <p className="app-qr-size">{bytes === null ? t('app-qr.size-unknown') : t('app-qr.size', { size: formatBytes(bytes, i18n.language) })}</p>
        <p>{t('app-qr.how')}</p>
      </figcaption>
      <svg
        className="app-qr-code"
        viewBox={`0 0 ${modules.length} ${modules.length}`}
        role="img"
        aria-labelledby={titleId}
        aria-label={titleId ? undefined : t('app-qr.label', { address })}
        shapeRendering="crispEdges"
        data-address={address}
      >
        <rect width={modules.length} height={modules.length} fill="#fff" />
        <path d={qrPath(modules)} fill="#000" />
      </svg>
      <p className="app-qr-address">{address}</p>
    </figure>
  );
}

/** The first download's bytes as the build measured them (tools/vite-app-size.ts), or null while unknown. */
function useFirstDownload(): number | null {
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}app-size.json`)
      .then((response) => (response.ok ? (response.json() as Promise<{ firstDownload?: unknown }>) : null))
      .then((size) => live && typeof size?.firstDownload === 'number' && setBytes(size.firstDownload))
      .catch(() => undefined); // offline before it was stored: the code still shows, without the size
    return () => {
      live = false;
    };
  }, []);
  return bytes;
}
