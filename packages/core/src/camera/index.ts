// Camera presence of video answers: per-frame judgements from the browser → summary → delivery feedback.
export * from './presence.ts';
export * from './presence-feedback.ts';
