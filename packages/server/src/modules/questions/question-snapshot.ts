// The question service's in-memory view: every active question in id order, who owns questions of their own, and
// the shared bank with its version and its search index (built on first use). A change makes a new snapshot.
import { randomBytes } from 'node:crypto';
import { createQuestionIndex, type Question, type QuestionIndex } from '@rehearse/core';
import type { StoredQuestion } from './questions.repository.ts';

/** What the service holds in memory: every active question, in id order, and the bank among them. */
export interface Snapshot {
  /** Changes with every change of the active questions. */
  generation: number;
  active: StoredQuestion[];
  byId: Map<string, StoredQuestion>;
  /** Who owns active questions of their own: everyone else sees the bank alone. */
  owners: Set<string>;
  /** The shared bank, with a version that changes only when the bank does (workers cache by it). */
  bank: { version: string; questions: Question[] };
  bankIndex: () => QuestionIndex;
}

export const byQuestionId = (a: StoredQuestion, b: StoredQuestion) =>
  a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0;

export function bankSnapshot(questions: Question[]): Pick<Snapshot, 'bank' | 'bankIndex'> {
  let bankIndex: QuestionIndex | undefined;
  return {
    bank: { version: randomBytes(8).toString('hex'), questions },
    // Built on first use: only the analysis needs it.
    bankIndex: () => (bankIndex ??= createQuestionIndex(questions)),
  };
}

let generations = 0;

export function withActive(active: StoredQuestion[], bank: Pick<Snapshot, 'bank' | 'bankIndex'>): Snapshot {
  return {
    generation: ++generations,
    bank: bank.bank,
    bankIndex: bank.bankIndex,
    active,
    byId: new Map(active.map((s) => [s.question.id, s])),
    owners: new Set(active.flatMap((s) => (s.ownerId === null ? [] : [s.ownerId]))),
  };
}
