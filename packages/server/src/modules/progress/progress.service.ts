// The progress page's data: the user's rows, handed to the core's pure aggregate with their time zone.
import { summarizeProgress, type Progress } from '@rehearse/core';
import type { Writable } from '../../http/same-shape.ts';
import type { Viewer } from '../questions/questions.service.ts';
import type { ProgressRepository } from './progress.repository.ts';

export interface ProgressDeps {
  readonly repository: ProgressRepository;
  /** A coding problem's or review exercise's title, by id (its id when it left the content). */
  readonly titleOf: (kind: 'coding' | 'review', id: string) => string;
  readonly now?: () => Date;
}

export function createProgressService(deps: ProgressDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async of(viewer: Viewer, timeZone: string) {
      const [answers, attempts] = await Promise.all([
        deps.repository.answers(viewer.id),
        deps.repository.attempts(viewer.id),
      ]);
      const titled = attempts.map((attempt) => ({ ...attempt, title: deps.titleOf(attempt.kind, attempt.itemId) }));
      // The core's result is read-only; the response serializer only reads it.
      return summarizeProgress(answers, titled, { timeZone, now: now().toISOString() }) as Writable<Progress>;
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
