import { useEffect, useRef, useState } from 'react';
import type { CameraSample } from '@rehearse/core/camera';
import type { PresenceStatus, PresenceTracker } from './presence-tracker.ts';

export interface CameraPresence {
  /** 'off' while not enabled. */
  status: PresenceStatus | 'off';
  /** Starts analysing `video` (the camera preview) for a new answer. */
  start(video: HTMLVideoElement): void;
  /** The answer's frames, or null without any (the face check was off or could not run). */
  stop(): CameraSample[] | null;
}

/**
 * The face check of the camera preview, for the whole interview: loaded with a dynamic import only while
 * `enabled` (answering on camera, with a camera stream), so other modes never download it.
 */
export function useCameraPresence(enabled: boolean): CameraPresence {
  const [status, setStatus] = useState<PresenceStatus | 'off'>('off');
  const tracker = useRef<PresenceTracker | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setStatus('loading');
    import('./presence-tracker.ts')
      .then(({ createPresenceTracker }) => {
        if (!cancelled) tracker.current = createPresenceTracker(setStatus);
      })
      .catch(() => !cancelled && setStatus('unavailable'));
    return () => {
      cancelled = true;
      tracker.current?.close();
      tracker.current = null;
      setStatus('off');
    };
  }, [enabled]);

  return {
    status,
    start: (video) => tracker.current?.start(video),
    stop: () => tracker.current?.stop() ?? null,
  };
}
