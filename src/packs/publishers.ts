/**
 * The publishers whose signed packs the app trusts: their public keys, nothing secret. A pack signed by one of them
 * reads as theirs; any other pack opens marked as not from a known publisher, its unofficial phone numbers flagged.
 * A new publisher: `npm run story:key` prints the entry to add here (docs/story-format.md, "Signed packs").
 */
import type { Publisher } from './sign';

export const PUBLISHERS: readonly Publisher[] = [
  {
    // The project's own key (made 2026-12-03); its private half is kept by the maintainers, never in the repository.
    id: 'komik-saku',
    name: 'Komik Saku',
    publicKey: { kty: 'EC', crv: 'P-256', x: '6mKG7COMMueaM6FhDR8MV9mj8QEFam5IlipTFw75-58', y: 'vpOuT8zq9dU0CQBDrxFWbOSzHFmSX5vznjuD1IWSu_o' },
  },
];
