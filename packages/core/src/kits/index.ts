export * from './kit.ts';
export * from './scorecard.ts';
export * from './calibration.ts';
