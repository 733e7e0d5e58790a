/** The Studio (#/studio): the author's drafts and a way to start one; with a draft named (#/studio/<draft>), its editor. */
import { DraftEditor } from './editor/draft-editor';
import { StudioHome } from './start/studio-home';
import './studio.css';

export function StudioScreen({ draftId }: { draftId: string | null }) {
  return draftId ? <DraftEditor key={draftId} draftId={draftId} /> : <StudioHome />;
}
