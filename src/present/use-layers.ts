/** What one window shows over the shared session, for itself alone: the key card and the workshop summary. */
import { useState } from 'react';

export function useLayers() {
  const [help, setHelp] = useState(false);
  const [summary, setSummary] = useState(false);
  return { help, setHelp, summary, setSummary };
}
