import type { CameraPresence } from '../camera/use-camera-presence.ts';

const LABELS: Record<CameraPresence['status'], string | null> = {
  off: null,
  loading: 'Preparing the face check…',
  ready: null,
  face: '● Face in frame',
  'no-face': '○ Face not found: move into the frame',
  unavailable: 'The face check cannot run in this browser; your answer is recorded as usual, without it.',
};

/** A small live note while a video answer is recorded: whether the camera sees the candidate's face. */
export function FaceIndicator({ status }: { status: CameraPresence['status'] }) {
  const label = LABELS[status];
  if (!label) return null;
  return (
    <span className={`face-indicator ${status}`} data-testid="face-indicator" data-state={status}>
      {label}
    </span>
  );
}
