/**
 * Where to get help: only contacts the project's fact sheet gives with a source, and the month they were
 * checked. Nothing here is invented; uncertain entries (a complaints WhatsApp number from one source) are left out.
 * Names and explanations are UI strings (locales), so every language shows them.
 */
export const HELPLINES_CHECKED = '2026-11';

export interface Helpline {
  /** UI string keys: help.<id>.name and help.<id>.when */
  id: string;
  /** What to dial, written as people write it; absent for an app or an office. */
  number?: string;
  /** The number in the form a phone dials (tel: link). */
  dial?: string;
}

export const HELPLINES: Helpline[] = [
  { id: 'kp2mi', number: '0800-1000', dial: '08001000' },
  { id: 'kp2mi-abroad', number: '+62 21 29244800', dial: '+622129244800' },
  { id: 'police', number: '110', dial: '110' },
  { id: 'safe-travel' },
  // Indonesia has no embassy in Taiwan, one of the main destinations: its office there is KDEI in Taipei (per the fact sheet),
  // named in this entry's strings (a line of its own would push the checked month off an A7 zine page).
  { id: 'embassy' },
  { id: 'disnaker' },
  { id: 'village' },
];

/** The numbers as written: the story check flags any other phone number in story text. */
export const HELPLINE_NUMBERS: readonly string[] = HELPLINES.flatMap((line) => (line.number ? [line.number] : []));

/** Organisations that help migrant workers, named without a number because no source gave one. */
export const ORGANISATIONS = ['IOM', 'LPSK', 'Komnas HAM', 'SBMI'] as const;
