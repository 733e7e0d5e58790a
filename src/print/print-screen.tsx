/** Print (issue 7): being built. */
export function PrintScreen({ storyId }: { storyId: string | null }) {
  return <p data-story={storyId ?? ''} />;
}
