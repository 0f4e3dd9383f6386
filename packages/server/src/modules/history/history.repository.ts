// Every past answer and attempt of one user, searched and filtered in SQL, newest first: interview answers
// (follow-ups belong to their question's answer), typed answers, coding submissions and code reviews. Each source
// is one keyset-paged, indexed read; the service merges them.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Category, Round } from '@rehearse/core';
import type { DialectName } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

export interface HistoryFilter {
  /** Words in the question (or problem) or in the answer (or code, or review). */
  q?: string | undefined;
  category?: Category | undefined;
  round?: Round | undefined;
  /** ISO instants: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  minScore?: number | undefined;
  maxScore?: number | undefined;
}

/** The last item already seen: the next page starts after it. */
export interface Position {
  at: string;
  id: string;
}

export interface HistoryRow {
  kind: 'interview-answer' | 'typed-answer' | 'coding' | 'review';
  id: string;
  createdAt: string;
  itemId: string;
  title: string | null;
  category: string | null;
  round: string | null;
  score: number | null;
  interviewId: string | null;
  mode: string | null;
  text: string | null;
}

/** A row of any source, with what it does not have left null. */
const historyRow = (
  kind: HistoryRow['kind'],
  row: { id: string; created_at: string },
  fields: Partial<HistoryRow> & Pick<HistoryRow, 'itemId' | 'text'>,
): HistoryRow => ({
  ...{ kind, id: row.id, createdAt: row.created_at, title: null, category: null, round: null, score: null },
  ...{ interviewId: null, mode: null },
  ...fields,
});

/** LIKE's wildcards taken literally; `!` escapes. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

export function createHistoryRepository(db: Kysely<Database>, dialect: DialectName) {
  /** An interview answer's overall score, read from its analysis (JSON text on both databases). */
  const turnScore =
    dialect === 'postgres'
      ? sql<number | null>`(((t.analysis)::jsonb -> 'scores' ->> 'overall')::numeric)`
      : sql<number | null>`json_extract(t.analysis, '$.scores.overall')`;

  const contains = (column: string, q: string): Expression<SqlBool> =>
    sql<SqlBool>`lower(${sql.ref(column)}) like ${likePattern(q)} escape '!'`;

  const after = (at: string, id: string, before?: Position): Expression<SqlBool> =>
    before
      ? sql<SqlBool>`(${sql.ref(at)} < ${before.at} or (${sql.ref(at)} = ${before.at} and ${sql.ref(id)} < ${before.id}))`
      : sql<SqlBool>`1 = 1`;

  const inRange = (column: string, filter: HistoryFilter): Expression<SqlBool>[] => [
    ...(filter.from ? [sql<SqlBool>`${sql.ref(column)} >= ${filter.from}`] : []),
    ...(filter.to ? [sql<SqlBool>`${sql.ref(column)} < ${filter.to}`] : []),
  ];

  const scored = (score: Expression<number | null>, filter: HistoryFilter): Expression<SqlBool>[] => [
    ...(filter.minScore !== undefined ? [sql<SqlBool>`${score} >= ${filter.minScore}`] : []),
    ...(filter.maxScore !== undefined ? [sql<SqlBool>`${score} <= ${filter.maxScore}`] : []),
  ];

  /**
   * Every condition of one source: after the cursor, in the date range, within the scores, and the words found in
   * one of its searched columns (or, for problems and exercises, in the title of one of `titled`).
   */
  const conditions = (
    source: { at: string; id: string; score: Expression<number | null>; searched: string[] },
    filter: HistoryFilter,
    before: Position | undefined,
    titled?: { column: string; ids: string[] },
  ): Expression<SqlBool>[] => {
    const q = filter.q;
    const matches = q
      ? [
          ...source.searched.map((column) => contains(column, q)),
          ...(titled?.ids.length ? [sql<SqlBool>`${sql.ref(titled.column)} in (${sql.join(titled.ids)})`] : []),
        ]
      : [];
    return [
      after(source.at, source.id, before),
      ...inRange(source.at, filter),
      ...scored(source.score, filter),
      ...(matches.length ? [sql<SqlBool>`(${sql.join(matches, sql` or `)})`] : []),
    ];
  };

  return {
    async interviewAnswers(userId: string, filter: HistoryFilter, before: Position | undefined, limit: number) {
      let query = db
        .selectFrom('interview_turns as t')
        .innerJoin('questions as q', 'q.id', 't.question_id')
        .select([
          't.id',
          't.created_at',
          't.question_id',
          't.interview_id',
          't.mode',
          't.answer_text',
          'q.prompt',
          'q.category',
          'q.round',
          turnScore.as('score'),
        ])
        .where('t.user_id', '=', userId)
        .where('t.kind', '=', 'question')
        .where((eb) =>
          eb.and(
            conditions(
              { at: 't.created_at', id: 't.id', score: turnScore, searched: ['q.prompt', 't.answer_text'] },
              filter,
              before,
            ),
          ),
        );
      if (filter.category) query = query.where('q.category', '=', filter.category);
      if (filter.round) query = query.where('q.round', '=', filter.round);
      const rows = await query.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(limit).execute();
      return rows.map((row) =>
        historyRow('interview-answer', row, {
          itemId: row.question_id,
          title: row.prompt,
          category: row.category,
          round: row.round,
          score: row.score === null ? null : Math.round(Number(row.score)),
          interviewId: row.interview_id,
          mode: row.mode,
          text: row.answer_text,
        }),
      );
    },

    async typedAnswers(userId: string, filter: HistoryFilter, before: Position | undefined, limit: number) {
      let query = db
        .selectFrom('analyses as a')
        .innerJoin('questions as q', 'q.id', 'a.question_id')
        .select([
          'a.id',
          'a.created_at',
          'a.question_id',
          'a.answer_text',
          'a.overall_score',
          'q.prompt',
          'q.category',
          'q.round',
        ])
        .where('a.user_id', '=', userId)
        .where((eb) =>
          eb.and(
            conditions(
              {
                at: 'a.created_at',
                id: 'a.id',
                score: sql.ref('a.overall_score'),
                searched: ['q.prompt', 'a.answer_text'],
              },
              filter,
              before,
            ),
          ),
        );
      if (filter.category) query = query.where('q.category', '=', filter.category);
      if (filter.round) query = query.where('q.round', '=', filter.round);
      const rows = await query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
      return rows.map((row) =>
        historyRow('typed-answer', row, {
          itemId: row.question_id,
          title: row.prompt,
          category: row.category,
          round: row.round,
          score: row.overall_score,
          mode: 'typed',
          text: row.answer_text,
        }),
      );
    },

    /** Coding submissions; `titled` are the problems whose title matches the search. */
    async codingAttempts(
      userId: string,
      filter: HistoryFilter,
      titled: string[],
      before: Position | undefined,
      limit: number,
    ) {
      const query = db
        .selectFrom('code_attempts')
        .select(['id', 'created_at', 'problem_id', 'overall_score', 'source'])
        .where('user_id', '=', userId)
        .where('mode', '=', 'submit')
        .where((eb) =>
          eb.and(
            conditions(
              { at: 'created_at', id: 'id', score: sql.ref('overall_score'), searched: ['source'] },
              filter,
              before,
              { column: 'problem_id', ids: titled },
            ),
          ),
        );
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) =>
        historyRow('coding', row, {
          itemId: row.problem_id,
          round: 'coding',
          score: row.overall_score,
          text: row.source,
        }),
      );
    },

    async reviews(
      userId: string,
      filter: HistoryFilter,
      titled: string[],
      before: Position | undefined,
      limit: number,
    ) {
      const query = db
        .selectFrom('review_submissions')
        .select(['id', 'created_at', 'exercise_id', 'overall_score', 'submission'])
        .where('user_id', '=', userId)
        .where((eb) =>
          eb.and(
            conditions(
              { at: 'created_at', id: 'id', score: sql.ref('overall_score'), searched: ['submission'] },
              filter,
              before,
              { column: 'exercise_id', ids: titled },
            ),
          ),
        );
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) =>
        historyRow('review', row, {
          itemId: row.exercise_id,
          round: 'code-review',
          score: row.overall_score,
          text: (JSON.parse(row.submission) as { summary?: string }).summary ?? '',
        }),
      );
    },

    /** Ids of every answer to one question, interview and typed, oldest first. */
    async attemptIds(userId: string, questionId: string) {
      const [turns, typed] = await Promise.all([
        db
          .selectFrom('interview_turns')
          .select(['id', 'created_at'])
          .where('user_id', '=', userId)
          .where('question_id', '=', questionId)
          .where('kind', '=', 'question')
          .execute(),
        db
          .selectFrom('analyses')
          .select(['id', 'created_at'])
          .where('user_id', '=', userId)
          .where('question_id', '=', questionId)
          .execute(),
      ]);
      return [...turns, ...typed].sort((a, b) => a.created_at.localeCompare(b.created_at)).map((row) => row.id);
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
