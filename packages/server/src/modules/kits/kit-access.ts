// Reaching a kit: who asks, in which role, and the kit resolved against the bank. Every kit operation starts
// here, so that the one rule of core's kitAccess decides for all of them.
import {
  kitAccess,
  notFound,
  forbidden,
  planKit,
  resolveKit,
  type KitAccess,
  type Question,
  type TeamRole,
} from '@rehearse/core';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KeptKit, KitRepository } from './kits.repository.ts';

/** The team membership the kits need: the user's role in a team, or null. */
export type TeamRoleOf = (teamId: string, userId: string) => Promise<TeamRole | null>;

export function createKitAccess(deps: {
  repository: KitRepository;
  questions: Pick<QuestionService, 'list'>;
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
      const kit = await repository.find(id);
      const role = kit?.teamId ? await teamRoleOf(kit.teamId, viewer.id) : null;
      const access = kit ? kitAccess(kit, viewer.id, role) : undefined;
      if (!kit || !access?.read) throw notFound('kit', id);
      if (!access[need])
        throw forbidden('kit-read-only', "Only the kit's author or an owner of its team can change the kit.");
      return { kit, access };
    },

    /**
     * The kit as an interviewer reads it. Bank questions resolve as its author sees them, so that a member reads
     * the author's own questions the kit names, and nobody else's.
     */
    async resolve(kit: KeptKit) {
      const byId = await visibleTo({ id: kit.ownerId });
      const items = resolveKit(kit, (id) => byId.get(id));
      return { kit, questions: items, plan: planKit(items, kit.discussionMinutes) };
    },
  };
}

export type KitAccessPort = ReturnType<typeof createKitAccess>;
