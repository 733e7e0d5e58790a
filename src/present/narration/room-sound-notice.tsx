/**
 * On the wall, only when the narration is wanted but silent: the browser keeps this window quiet until a gesture (a
 * button to click, though any key or click on the wall does it), or there is nothing to read with. Small and at the
 * bottom, over the comic's edge, large enough to read from the laptop beside the projector.
 */
import type { NarrationReport } from './narration-report';
import { useNarrationWords } from './words';
import './narration.css';

export function RoomSoundNotice({ report }: { report: NarrationReport }) {
  const t = useNarrationWords();
  if (report.status === 'refused')
    return (
      <div className="room-sound-notice">
        {/* Any gesture turns the sound on (room-sound.ts takes it first); the button says so and takes a click or Enter. */}
        <button type="button" className="room-sound-turn-on">
          <SpeakerIcon />
          {t('narration.wall-turn-on')}
        </button>
      </div>
    );
  if (report.status !== 'muted' && report.status !== 'no-voice') return null;
  return (
    <div className="room-sound-notice">
      <p role="status" className="room-sound-problem">
        {t(`narration.${report.status}`)}
      </p>
    </div>
  );
}

/** A loudspeaker, drawn (the projector's computer may have no emoji font). */
function SpeakerIcon() {
  return (
    <svg className="room-sound-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
