import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  initialState,
  MAX_FOLLOW_UPS,
  transition,
  type InterviewEvent,
  type InterviewState,
  type MissedKeyPoint,
} from './machine.ts';
import type { InterviewPlan } from './plan.ts';

const plan: InterviewPlan = {
  questions: [
    { questionId: 'q-one', category: 'databases', round: 'concepts', targetSeconds: 120 },
    { questionId: 'q-two', category: 'behavioral', round: 'behavioral', targetSeconds: 180 },
  ],
  estimatedSeconds: 600,
};
const missed: MissedKeyPoint[] = [
  { id: 'minor', label: 'Minor', weight: 1, probe: 'And the minor point?' },
  { id: 'major', label: 'Major', weight: 3, probe: 'What about the major point?' },
  { id: 'middle', label: 'Middle', weight: 2, probe: 'And the middle one?' },
];

const run = (events: InterviewEvent[], from: InterviewState = initialState()) =>
  events.reduce((state, event) => transition(plan, state, event), from);
const answer = (state: InterviewState): InterviewEvent[] => [
  { type: 'begin-answer' },
  { type: 'submit-answer', turnId: state.turn!.id },
];

describe('interview state machine', () => {
  it('opens on the first question with a tip that fits its round', () => {
    const state = run([{ type: 'start' }]);
    expect(state).toMatchObject({ phase: 'asking', questionIndex: 0, version: 1 });
    expect(state.turn).toMatchObject({ id: '0.0', kind: 'question', questionId: 'q-one' });
    expect(state.turn?.tip).toMatch(/think out loud/i);
  });

  it('follows up on the weightiest missed key point, at most twice, then moves on', () => {
    let state = run([{ type: 'start' }]);
    const probes: string[] = [];
    for (let i = 0; i < MAX_FOLLOW_UPS + 1; i++) {
      state = run(
        [...answer(state), { type: 'analysis-ready', turnId: state.turn!.id, missed, assessable: true }],
        state,
      );
      if (state.turn?.kind === 'follow-up') probes.push(state.turn.probe!.keyPointId);
    }
    expect(probes).toEqual(['major', 'middle']);
    expect(state.turn).toMatchObject({
      questionId: 'q-two',
      kind: 'question',
      tip: expect.stringMatching(/STAR/) as string,
    });
  });

  it('moves on without a follow-up when nothing was missed or the answer could not be assessed', () => {
    const asked = run([{ type: 'start' }]);
    const covered = run(
      [...answer(asked), { type: 'analysis-ready', turnId: '0.0', missed: [], assessable: true }],
      asked,
    );
    expect(covered.turn?.questionId).toBe('q-two');
    const unassessable = run(
      [...answer(asked), { type: 'analysis-ready', turnId: '0.0', missed, assessable: false }],
      asked,
    );
    expect(unassessable.turn?.questionId).toBe('q-two');
  });

  it('ignores a repeated or late analysis for a turn already passed', () => {
    const asked = run([{ type: 'start' }]);
    const moved = run(
      [...answer(asked), { type: 'analysis-ready', turnId: '0.0', missed: [], assessable: true }],
      asked,
    );
    const again = transition(plan, moved, { type: 'analysis-ready', turnId: '0.0', missed, assessable: true });
    expect(again).toBe(moved);
  });

  it('wraps up after the last question and completes', () => {
    let state = run([{ type: 'start' }, { type: 'skip' }]);
    state = run(
      [...answer(state), { type: 'analysis-ready', turnId: state.turn!.id, missed: [], assessable: true }],
      state,
    );
    expect(state.phase).toBe('wrap-up');
    expect(run([{ type: 'complete' }], state).phase).toBe('completed');
  });

  it('refuses events that make no sense now, and everything while paused except resume', () => {
    expect(() => run([{ type: 'begin-answer' }])).toThrow(DomainError);
    const paused = run([{ type: 'start' }, { type: 'pause' }]);
    expect(() => transition(plan, paused, { type: 'begin-answer' })).toThrow(/paused/);
    expect(run([{ type: 'resume' }, { type: 'begin-answer' }], paused).phase).toBe('answering');
    expect(() => run([{ type: 'submit-answer', turnId: '9.9' }], run([{ type: 'start' }]))).toThrow(DomainError);
  });

  it('counts versions so stale clients can be detected', () => {
    const state = run([{ type: 'start' }, { type: 'pause' }, { type: 'pause' }]);
    expect(state.version).toBe(2);
  });
});
