// The questions' SQL: the shared bank (no owner) and users' own questions, each kept whole as JSON text beside the
// columns lists filter on, with a hash of its content so a sync rewrites only what changed. Rows stay here: the
// service sees questions and their owners.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Question } from '@rehearse/core';
import type { Database, QuestionsTable } from '../../db/schema.ts';

export interface StoredQuestion {
  question: Question;
  /** Null for the shared bank's questions. */
  ownerId: string | null;
  retired: boolean;
}

const toStored = (row: QuestionsTable): StoredQuestion => ({
  question: JSON.parse(row.body) as Question,
  ownerId: row.owner_id,
  retired: row.retired_at !== null,
});

const contentHash = (question: Question) => createHash('sha256').update(JSON.stringify(question)).digest('hex');

function toRow(question: Question, ownerId: string | null, at: string): QuestionsTable {
  const hash = contentHash(question);
  return {
    id: question.id,
    owner_id: ownerId,
    category: question.category,
    level: question.level,
    round: question.round,
    prompt: question.prompt,
    body: JSON.stringify(question),
    content_hash: hash,
    retired_at: null,
    created_at: at,
    updated_at: at,
  };
}

const BANK_SOURCE = 'question-bank-source';

export function createQuestionRepository(db: Kysely<Database>) {
  return {
    /**
     * Applies the bank's content in one transaction: insert new, update changed, retire missing; and remembers
     * `source`, the fingerprint of the files it came from, when given.
     */
    async syncBank(questions: readonly Question[], retireMissing: boolean, at: string, source?: string) {
      const rows = questions.map((question) => toRow(question, null, at));
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('questions')
          .select(['id', 'content_hash', 'retired_at'])
          .where('owner_id', 'is', null)
          .execute();
        const byId = new Map(existing.map((row) => [row.id, row]));
        const counts = { added: 0, updated: 0, unchanged: 0, retired: 0 };
        for (const row of rows) {
          const current = byId.get(row.id);
          if (!current) {
            await trx.insertInto('questions').values(row).execute();
            counts.added++;
          } else if (current.content_hash !== row.content_hash || current.retired_at !== null) {
            const { created_at: _created, ...changes } = row;
            await trx
              .updateTable('questions')
              .set({ ...changes, retired_at: null })
              .where('id', '=', row.id)
              .execute();
            counts.updated++;
          } else counts.unchanged++;
        }
        if (retireMissing) {
          const present = new Set(rows.map((row) => row.id));
          const gone = existing.filter((row) => !present.has(row.id) && row.retired_at === null).map((row) => row.id);
          if (gone.length) await trx.updateTable('questions').set({ retired_at: at }).where('id', 'in', gone).execute();
          counts.retired = gone.length;
        }
        await trx.deleteFrom('app_state').where('key', '=', BANK_SOURCE).execute();
        if (source) await trx.insertInto('app_state').values({ key: BANK_SOURCE, value: source }).execute();
        return counts;
      });
    },

    /** The fingerprint of the content files the bank was last loaded from, if it was loaded from a clean set. */
    async bankSource(): Promise<string | undefined> {
      const row = await db.selectFrom('app_state').select('value').where('key', '=', BANK_SOURCE).executeTakeFirst();
      return row?.value;
    },

    async listActive(): Promise<StoredQuestion[]> {
      const rows = await db.selectFrom('questions').selectAll().where('retired_at', 'is', null).orderBy('id').execute();
      return rows.map(toStored);
    },

    /** Retired questions stay readable by id, so past sessions and analyses that refer to them still render. */
    async findById(id: string): Promise<StoredQuestion | undefined> {
      const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    async idsTaken(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.selectFrom('questions').select('id').where('id', 'in', ids).execute();
      return new Set(rows.map((row) => row.id));
    },

    /** The owner's new questions and new versions of ones they have, written `at`, together. */
    async saveOwnMany(
      ownerId: string,
      written: { inserts: readonly Question[]; updates: readonly Question[] },
      at: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const question of written.inserts)
          await trx
            .insertInto('questions')
            .values(toRow(question, ownerId, at))
            .execute();
        for (const question of written.updates) {
          const { created_at: _created, owner_id, id, ...changes } = toRow(question, ownerId, at);
          await trx
            .updateTable('questions')
            .set(changes)
            .where('id', '=', id)
            .where('owner_id', '=', owner_id)
            .execute();
        }
      });
    },

    async retireOwn(id: string, ownerId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('questions')
        .set({ retired_at: at })
        .where('id', '=', id)
        .where('owner_id', '=', ownerId)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
