/** Facilitator mode (issue 6): being built. */
export function PresentScreen({ storyId, view }: { storyId: string; view: 'room' | 'presenter' }) {
  return <p data-story={storyId} data-view={view} />;
}
