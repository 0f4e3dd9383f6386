// Interview kits: a hiring side's kit for a role and level (bank questions or its own), personal or a team's.
// This file holds the kits themselves (build, read, change, delete, suggestions, print); scorecards and
// calibration live in kit-scorecards.service.ts, practice links in kit-practice.service.ts, proposed questions in
// kit-variants.service.ts. Who may do what is decided once, in kit-access.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  DomainError,
  notFound,
  suggestForKit,
  type Category,
  type Kit,
  type KitQuestionSource,
  type Level,
} from '@rehearse/core';
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KeptKit, KitRepository } from './kits.repository.ts';
import { createKitAccess, type TeamRoleOf } from './kit-access.ts';
import { kitPrintHtml } from './kits.print.ts';
import { kitPdf } from './kit-pdf.ts';
import { createScorecardService } from './kit-scorecards.service.ts';
import { createPracticeService } from './kit-practice.service.ts';
import { createVariantService, type QuestionProposer } from './kit-variants.service.ts';

export { PRACTICE_LINK_DAYS } from './kit-practice.service.ts';

export interface KitServiceDeps {
  repository: KitRepository;
  questions: Pick<QuestionService, 'list'>;
  /** The viewer's role in a team (the teams module's roleOf). */
  teamRoleOf: TeamRoleOf;
  /** Opens an interview on these questions in this order (the interviews module's createFromQuestions). */
  startInterview: InterviewService['createFromQuestions'];
  /** Proposes new questions from a role description, where a language model is configured. */
  proposer?: QuestionProposer | undefined;
  /** Where the web app is: practice links point into it. */
  publicUrl: string;
  now?: () => Date;
}

export type OwnQuestionInput = Omit<Extract<KitQuestionSource, { kind: 'own' }>, 'key'> & { key?: string | undefined };
export interface KitInput {
  role: string;
  level: Level;
  competencies: Category[];
  questions: ({ kind: 'bank'; questionId: string } | OwnQuestionInput)[];
  discussionMinutes: number;
  /** Only when creating: the team the kit is for (its members share it). */
  teamId?: string | undefined;
}

export function createKitService(deps: KitServiceDeps) {
  const { repository, questions } = deps;
  const now = () => (deps.now ?? (() => new Date()))();
  const access = createKitAccess(deps);

  async function present(kept: KeptKit, rights: { edit: boolean }) {
    const { kit, questions: kitQuestions, plan } = await access.resolve(kept);
    return {
      id: kit.id,
      teamId: kit.teamId,
      role: kit.role,
      level: kit.level,
      competencies: [...kit.competencies],
      discussionMinutes: kit.discussionMinutes,
      questionCount: kitQuestions.length,
      totalSeconds: plan.totalSeconds,
      canEdit: rights.edit,
      questions: kitQuestions,
      plan,
      createdAt: kit.createdAt,
      updatedAt: kit.updatedAt,
    };
  }

  /** Checks the bank questions exist for the kit's author, and keys every own question. */
  async function normalise(input: KitInput, author: Viewer, previous?: Kit): Promise<KitQuestionSource[]> {
    const byId = await access.visibleTo(author);
    const previousKeys = new Set(previous?.questions.flatMap((q) => (q.kind === 'own' ? [q.key] : [])) ?? []);
    const seen = new Set<string>();
    return input.questions.map((q): KitQuestionSource => {
      if (q.kind === 'bank') {
        if (!byId.has(q.questionId)) throw notFound('question', q.questionId);
        if (seen.has(q.questionId))
          throw new DomainError('invalid', 'kit-duplicate-question', `Question "${q.questionId}" is in the kit twice.`);
        seen.add(q.questionId);
        return { kind: 'bank', questionId: q.questionId };
      }
      // A key the kit never had is replaced: keys are the server's to give.
      const key =
        q.key && previousKeys.has(q.key) && !seen.has(q.key) ? q.key : `own-${randomBytes(6).toString('hex')}`;
      seen.add(key);
      return { ...q, key };
    });
  }

  async function checkTeam(teamId: string | undefined, viewer: Viewer) {
    if (teamId && !(await deps.teamRoleOf(teamId, viewer.id))) throw notFound('team', teamId);
  }

  const crud = {
    async list(viewer: Viewer) {
      const kits = await repository.listVisible(viewer.id);
      return Promise.all(
        kits.map(async (kept) => {
          const { questions: items, plan, kit } = await access.resolve(kept);
          return {
            ...{ id: kit.id, teamId: kit.teamId, role: kit.role, level: kit.level },
            ...{ competencies: [...kit.competencies], questionCount: items.length },
            ...{ totalSeconds: plan.totalSeconds, updatedAt: kit.updatedAt },
          };
        }),
      );
    },

    async create(input: KitInput, viewer: Viewer) {
      await checkTeam(input.teamId, viewer);
      const at = now().toISOString();
      const kit: KeptKit = {
        ...{ id: randomUUID(), ownerId: viewer.id, teamId: input.teamId ?? null },
        ...{ role: input.role, level: input.level, competencies: input.competencies },
        ...{ questions: await normalise(input, viewer), discussionMinutes: input.discussionMinutes },
        ...{ createdAt: at, updatedAt: at },
      };
      await repository.insert(kit);
      return present(kit, { edit: true });
    },

    async get(id: string, viewer: Viewer) {
      const { kit, access: rights } = await access.open(id, viewer, 'read');
      return present(kit, rights);
    },

    async update(id: string, input: KitInput, viewer: Viewer) {
      const { kit, access: rights } = await access.open(id, viewer, 'edit');
      const changes = {
        ...{ role: input.role, level: input.level, competencies: input.competencies },
        questions: await normalise(input, { id: kit.ownerId }, kit),
        ...{ discussionMinutes: input.discussionMinutes, updatedAt: now().toISOString() },
      };
      await repository.update(id, changes);
      return present({ ...kit, ...changes }, rights);
    },

    async remove(id: string, viewer: Viewer) {
      await access.open(id, viewer, 'edit');
      await repository.remove(id);
    },

    /** Bank questions for a kit's competencies and level, nearest the level first. */
    async suggestions(filter: { level: Level; competencies: Category[]; exclude: string[] }, viewer: Viewer) {
      const bank = (await questions.list({ source: 'bank' }, viewer)).map((v) => v.question);
      return suggestForKit(bank, filter).map((q) => ({
        ...{ id: q.id, prompt: q.prompt, category: q.category, level: q.level, targetSeconds: q.targetSeconds },
        keyPoints: q.keyPoints.map((p) => p.label),
      }));
    },

    async printHtml(id: string, viewer: Viewer) {
      const { kit, questions: items, plan } = await access.resolve((await access.open(id, viewer, 'read')).kit);
      return kitPrintHtml(kit, items, plan);
    },

    async printPdf(id: string, viewer: Viewer) {
      const { kit, questions: items, plan } = await access.resolve((await access.open(id, viewer, 'read')).kit);
      return { body: await kitPdf(kit, items, plan), role: kit.role };
    },
  };

  return {
    ...crud,
    ...createScorecardService({ repository, access, now }),
    ...createPracticeService({ ...deps, access, now }),
    ...createVariantService({ questions, access, proposer: deps.proposer }),
  };
}

export type KitService = ReturnType<typeof createKitService>;
