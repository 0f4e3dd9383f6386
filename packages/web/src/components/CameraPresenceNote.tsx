import type { CameraPresenceView } from '../interviews.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A video answer's camera presence in the delivery section: the shares in words, what they mean, what to do. */
export function CameraPresenceNote({ camera }: { camera: CameraPresenceView }) {
  return (
    <div className="camera-presence" data-testid="camera-presence">
      {camera.reliable && (
        <p data-testid="camera-shares" data-face-in-frame={Math.round(camera.faceInFrameShare * 100)}>
          Face in frame {percent(camera.faceInFrameShare)} · looking at the camera{' '}
          {percent(camera.lookingAtCameraShare)}
        </p>
      )}
      <p className="hint">{camera.explanation}</p>
      {camera.improvement && (
        <p>
          <strong>To improve:</strong> {camera.improvement}
        </p>
      )}
    </div>
  );
}
