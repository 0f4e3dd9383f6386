export * from './kit.ts';
export * from './scorecard.ts';
export * from './calibration.ts';
export * from './access.ts';
