/** What one window shows over the shared session, for itself alone: the key card, the app's QR code and the workshop summary. */
import { useState } from 'react';

export function useLayers() {
  const [help, setHelp] = useState(false);
  const [summary, setSummary] = useState(false);
  const [appQr, setAppQr] = useState(false);
  return { help, setHelp, summary, setSummary, appQr, setAppQr };
}
