// The kits' SQL: kits (personal, or a team's), their scorecards and practice links. Rows stay here, with their
// JSON text: the service sees kits and scorecards as the domain's types.
import type { Kysely } from 'kysely';
import type { Category, Kit, KitQuestionSource, Scorecard, ScorecardEntry } from '@rehearse/core';
import type { Database, KitScorecardsTable, KitsTable } from '../../db/schema.ts';

/** A kit as kept: core's kit with its author, its team (null for a personal kit) and its times. */
export interface KeptKit extends Kit {
  readonly id: string;
  readonly ownerId: string;
  readonly teamId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What an edit of a kit replaces. */
export type KitChanges = Kit & Pick<KeptKit, 'updatedAt'>;

/** One interviewer's scorecard of one candidate on a kit; a draft of its author's until `submittedAt`. */
export interface KeptScorecard extends Scorecard {
  readonly id: string;
  readonly kitId: string;
  readonly authorId: string;
  readonly submittedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What an edit of a scorecard replaces. */
export type ScorecardChanges = Scorecard & Pick<KeptScorecard, 'submittedAt' | 'updatedAt'>;

/** A link a candidate practises a kit with: the SHA-256 of its token, never the token. */
export interface PracticeLink {
  readonly tokenHash: string;
  readonly kitId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const kitOf = (row: KitsTable): KeptKit => ({
  ...{ id: row.id, ownerId: row.owner_id, teamId: row.team_id, role: row.role, level: row.level },
  competencies: JSON.parse(row.competencies) as Category[],
  questions: JSON.parse(row.questions) as KitQuestionSource[],
  ...{ discussionMinutes: row.discussion_minutes, createdAt: row.created_at, updatedAt: row.updated_at },
});

const kitChanges = (kit: KitChanges) => ({
  role: kit.role,
  level: kit.level,
  competencies: JSON.stringify(kit.competencies),
  questions: JSON.stringify(kit.questions),
  discussion_minutes: kit.discussionMinutes,
  updated_at: kit.updatedAt,
});

const scorecardOf = (row: KitScorecardsTable): KeptScorecard => ({
  ...{ id: row.id, kitId: row.kit_id, authorId: row.author_id },
  ...{ candidate: row.candidate, interviewer: row.interviewer },
  entries: JSON.parse(row.entries) as ScorecardEntry[],
  ...{ recommendation: row.recommendation, submittedAt: row.submitted_at },
  ...{ createdAt: row.created_at, updatedAt: row.updated_at },
});

const scorecardChanges = (card: ScorecardChanges) => ({
  candidate: card.candidate,
  interviewer: card.interviewer,
  entries: JSON.stringify(card.entries),
  recommendation: card.recommendation,
  submitted_at: card.submittedAt,
  updated_at: card.updatedAt,
});

export function createKitRepository(db: Kysely<Database>) {
  return {
    async insert(kit: KeptKit): Promise<void> {
      await db
        .insertInto('kits')
        .values({
          ...{ id: kit.id, owner_id: kit.ownerId, team_id: kit.teamId, created_at: kit.createdAt },
          ...kitChanges(kit),
        })
        .execute();
    },
    async find(id: string): Promise<KeptKit | undefined> {
      const row = await db.selectFrom('kits').selectAll().where('id', '=', id).executeTakeFirst();
      return row && kitOf(row);
    },
    /** The user's personal kits and their teams' kits, last changed first. */
    async listVisible(userId: string): Promise<KeptKit[]> {
      const rows = await db
        .selectFrom('kits')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('team_id', 'is', null), eb('owner_id', '=', userId)]),
            eb('team_id', 'in', eb.selectFrom('team_members').select('team_id').where('user_id', '=', userId)),
          ]),
        )
        .orderBy('updated_at', 'desc')
        .limit(200)
        .execute();
      return rows.map(kitOf);
    },
    async update(id: string, changes: KitChanges): Promise<void> {
      await db.updateTable('kits').set(kitChanges(changes)).where('id', '=', id).execute();
    },
    /** The kit, its scorecards and its practice links go together. */
    async remove(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('kit_practice_links').where('kit_id', '=', id).execute();
        await trx.deleteFrom('kit_scorecards').where('kit_id', '=', id).execute();
        await trx.deleteFrom('kits').where('id', '=', id).execute();
      });
    },

    async insertScorecard(card: KeptScorecard): Promise<void> {
      await db
        .insertInto('kit_scorecards')
        .values({
          ...{ id: card.id, kit_id: card.kitId, author_id: card.authorId, created_at: card.createdAt },
          ...scorecardChanges(card),
        })
        .execute();
    },
    async findScorecard(kitId: string, id: string): Promise<KeptScorecard | undefined> {
      const row = await db
        .selectFrom('kit_scorecards')
        .selectAll()
        .where('kit_id', '=', kitId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && scorecardOf(row);
    },
    async updateScorecard(id: string, changes: ScorecardChanges): Promise<void> {
      await db.updateTable('kit_scorecards').set(scorecardChanges(changes)).where('id', '=', id).execute();
    },
    async listScorecards(kitId: string, candidate?: string): Promise<KeptScorecard[]> {
      let query = db.selectFrom('kit_scorecards').selectAll().where('kit_id', '=', kitId);
      if (candidate !== undefined) query = query.where('candidate', '=', candidate);
      return (await query.orderBy('created_at', 'asc').limit(500).execute()).map(scorecardOf);
    },

    async insertLink(link: PracticeLink): Promise<void> {
      await db
        .insertInto('kit_practice_links')
        .values({
          ...{ token_hash: link.tokenHash, kit_id: link.kitId },
          ...{ created_at: link.createdAt, expires_at: link.expiresAt },
        })
        .execute();
    },
    async findLink(tokenHash: string): Promise<PracticeLink | undefined> {
      const row = await db
        .selectFrom('kit_practice_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        row && { tokenHash: row.token_hash, kitId: row.kit_id, createdAt: row.created_at, expiresAt: row.expires_at }
      );
    },
  };
}

export type KitRepository = ReturnType<typeof createKitRepository>;
