// Reaching a kit: who asks, in which role, and the kit resolved against the bank. Every kit operation starts
// here, so that the one rule of core's kitAccess decides for all of them.
import {
  kitAccess,
  notFound,
  forbidden,
  planKit,
  resolveKit,
  type Category,
  type Kit,
  type KitAccess,
  type KitQuestionSource,
  type Question,
  type TeamRole,
} from '@rehearse/core';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KitRepository, KitRow } from './kits.repository.ts';

/** The team membership the kits need: the user's role in a team, or null. */
export type TeamRoleOf = (teamId: string, userId: string) => Promise<TeamRole | null>;

export const toKit = (row: KitRow): Kit => ({
  role: row.role,
  level: row.level,
  competencies: JSON.parse(row.competencies) as Category[],
  questions: JSON.parse(row.questions) as KitQuestionSource[],
  discussionMinutes: row.discussion_minutes,
});

export function createKitAccess(deps: {
  repository: KitRepository;
  questions: QuestionService;
  teamRoleOf: TeamRoleOf;
}) {
  const { repository, questions, teamRoleOf } = deps;

  /** The questions a user sees, by id. */
  async function visibleTo(viewer: Viewer) {
    const list = await questions.list({}, viewer);
    return new Map<string, Question>(list.map((v) => [v.question.id, v.question]));
  }

  return {
    visibleTo,

    /** What the viewer may do with the kit; a kit they may not read is as absent as a missing one. */
    async open(id: string, viewer: Viewer, need: keyof Omit<KitAccess, 'manage'>) {
      const row = await repository.find(id);
      const role = row?.team_id ? await teamRoleOf(row.team_id, viewer.id) : null;
      const access = row ? kitAccess({ ownerId: row.owner_id, teamId: row.team_id }, viewer.id, role) : undefined;
      if (!row || !access?.read) throw notFound('kit', id);
      if (!access[need])
        throw forbidden('kit-read-only', "Only the kit's author or an owner of its team can change the kit.");
      return { row, access };
    },

    /**
     * The kit as an interviewer reads it. Bank questions resolve as its author sees them, so that a member reads
     * the author's own questions the kit names, and nobody else's.
     */
    async resolve(row: KitRow) {
      const kit = toKit(row);
      const byId = await visibleTo({ id: row.owner_id });
      const items = resolveKit(kit, (id) => byId.get(id));
      return { kit, questions: items, plan: planKit(items, kit.discussionMinutes) };
    },
  };
}

export type KitAccessPort = ReturnType<typeof createKitAccess>;
