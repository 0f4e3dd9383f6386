// Study mode: flash cards of the bank scheduled by FSRS, the daily queue, the self-study checklist, and the
// grades practice answers give.
export * from './card.ts';
export * from './queue.ts';
export * from './checklist.ts';
export * from './practice.ts';
