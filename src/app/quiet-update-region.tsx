/** Where an update will be announced; empty until there is one (and all there is at build time, first-screen.tsx). */
export function QuietUpdateRegion() {
  return <div className="update-region" role="status" aria-live="polite" />;
}
