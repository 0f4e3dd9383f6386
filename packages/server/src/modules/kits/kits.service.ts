// Interview kits: a hiring side's kit for a role and level (bank questions or its own), scorecards of candidates
// on it, calibration across interviewers and candidates side by side, a print view, and a practice link with which
// a candidate rehearses the kit's bank questions against the very same key points. Owner-only until teams exist:
// every kit, scorecard and link is reached through a kit its owner holds.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  calibrate,
  checkScorecard,
  compareCandidates,
  DomainError,
  notFound,
  planKit,
  resolveKit,
  suggestForKit,
  type Category,
  type HiringRecommendation,
  type Kit,
  type KitQuestionSource,
  type KitRating,
  type Level,
  type Question,
  type Scorecard,
  type ScorecardEntry,
} from '@rehearse/core';
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KitRepository, KitRow, ScorecardRow } from './kits.repository.ts';
import { kitPrintHtml } from './kits.print.ts';

/** How long a practice link works. */
export const PRACTICE_LINK_DAYS = 30;

export interface KitServiceDeps {
  repository: KitRepository;
  questions: QuestionService;
  /** Opens an interview on these questions in this order (the interviews module's createFromQuestions). */
  startInterview: InterviewService['createFromQuestions'];
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
}

export interface ScorecardInput {
  candidate: string;
  interviewer?: string | undefined;
  entries: { questionKey: string; keyPointsHeard: string[]; rating: number | null; notes: string }[];
  recommendation: HiringRecommendation | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const toKit = (row: KitRow): Kit => ({
  role: row.role,
  level: row.level,
  competencies: JSON.parse(row.competencies) as Category[],
  questions: JSON.parse(row.questions) as KitQuestionSource[],
  discussionMinutes: row.discussion_minutes,
});
const toScorecard = (row: ScorecardRow): Scorecard => ({
  candidate: row.candidate,
  interviewer: row.interviewer,
  entries: JSON.parse(row.entries) as ScorecardEntry[],
  recommendation: row.recommendation,
});

export function createKitService(deps: KitServiceDeps) {
  const { repository, questions } = deps;
  const now = () => (deps.now ?? (() => new Date()))();

  /** The questions the owner sees, by id: a kit's bank questions resolve against them. */
  async function visible(viewer: Viewer) {
    const list = await questions.list({}, viewer);
    return new Map<string, Question>(list.map((v) => [v.question.id, v.question]));
  }

  async function owned(id: string, viewer: Viewer) {
    const row = await repository.find(id);
    // Another user's kit is as absent as a missing one: its existence is not told.
    if (!row || row.owner_id !== viewer.id) throw notFound('kit', id);
    return row;
  }

  async function resolved(row: KitRow, viewer: Viewer) {
    const kit = toKit(row);
    const byId = await visible(viewer);
    const kitQuestions = resolveKit(kit, (id) => byId.get(id));
    return { kit, questions: kitQuestions, plan: planKit(kitQuestions, kit.discussionMinutes) };
  }

  async function present(row: KitRow, viewer: Viewer) {
    const { kit, questions: kitQuestions, plan } = await resolved(row, viewer);
    return {
      id: row.id,
      role: kit.role,
      level: kit.level,
      competencies: [...kit.competencies],
      discussionMinutes: kit.discussionMinutes,
      questionCount: kitQuestions.length,
      totalSeconds: plan.totalSeconds,
      questions: kitQuestions,
      plan,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Checks the bank questions exist for the owner, and keys every own question. */
  async function normalise(input: KitInput, viewer: Viewer, previous?: Kit): Promise<KitQuestionSource[]> {
    const byId = await visible(viewer);
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

  function presentScorecard(row: ScorecardRow) {
    const card = toScorecard(row);
    return {
      id: row.id,
      kitId: row.kit_id,
      candidate: card.candidate,
      interviewer: card.interviewer,
      entries: card.entries.map((e) => ({ ...e, keyPointsHeard: [...e.keyPointsHeard] })),
      recommendation: card.recommendation,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function checkedScorecard(row: KitRow, input: ScorecardInput, viewer: Viewer & { name: string }) {
    const card: Scorecard = {
      candidate: input.candidate,
      interviewer: input.interviewer ?? viewer.name,
      entries: input.entries.map((e) => ({ ...e, rating: e.rating as KitRating | null })),
      recommendation: input.recommendation,
    };
    checkScorecard((await resolved(row, viewer)).questions, card);
    return card;
  }

  async function linkedKit(token: string) {
    const link = await repository.findLink(sha256(token));
    if (!link) throw notFound('practice link', 'given');
    if (Date.parse(link.expires_at) <= now().getTime())
      throw new DomainError('forbidden', 'practice-link-expired', 'This practice link has expired; ask for a new one.');
    const row = await repository.find(link.kit_id);
    if (!row) throw notFound('practice link', 'given');
    const kit = toKit(row);
    // A candidate practises the bank's questions only: the kit's own, and its owner's, stay with the hiring side.
    const bank = new Map((await questions.list({ source: 'bank' }, null)).map((v) => [v.question.id, v.question]));
    const practised = kit.questions.flatMap((q) => {
      const question = q.kind === 'bank' ? bank.get(q.questionId) : undefined;
      return question ? [question] : [];
    });
    return { kit, practised, expiresAt: link.expires_at };
  }

  return {
    async list(viewer: Viewer) {
      const rows = await repository.listByOwner(viewer.id);
      return Promise.all(
        rows.map(async (row) => {
          const { questions: items, plan, kit } = await resolved(row, viewer);
          return {
            ...{ id: row.id, role: kit.role, level: kit.level, competencies: [...kit.competencies] },
            ...{ questionCount: items.length, totalSeconds: plan.totalSeconds, updatedAt: row.updated_at },
          };
        }),
      );
    },

    async create(input: KitInput, viewer: Viewer) {
      const at = now().toISOString();
      const row: KitRow = {
        id: randomUUID(),
        owner_id: viewer.id,
        role: input.role,
        level: input.level,
        competencies: JSON.stringify(input.competencies),
        questions: JSON.stringify(await normalise(input, viewer)),
        discussion_minutes: input.discussionMinutes,
        created_at: at,
        updated_at: at,
      };
      await repository.insert(row);
      return present(row, viewer);
    },

    get: async (id: string, viewer: Viewer) => present(await owned(id, viewer), viewer),

    async update(id: string, input: KitInput, viewer: Viewer) {
      const row = await owned(id, viewer);
      const changes = {
        role: input.role,
        level: input.level,
        competencies: JSON.stringify(input.competencies),
        questions: JSON.stringify(await normalise(input, viewer, toKit(row))),
        discussion_minutes: input.discussionMinutes,
        updated_at: now().toISOString(),
      };
      await repository.update(id, changes);
      return present({ ...row, ...changes }, viewer);
    },

    async remove(id: string, viewer: Viewer) {
      await owned(id, viewer);
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
      const { kit, questions: items, plan } = await resolved(await owned(id, viewer), viewer);
      return kitPrintHtml(kit, items, plan);
    },

    async createScorecard(kitId: string, input: ScorecardInput, viewer: Viewer & { name: string }) {
      const kit = await owned(kitId, viewer);
      const card = await checkedScorecard(kit, input, viewer);
      const at = now().toISOString();
      const row: ScorecardRow = {
        id: randomUUID(),
        kit_id: kit.id,
        author_id: viewer.id,
        candidate: card.candidate,
        interviewer: card.interviewer,
        entries: JSON.stringify(card.entries),
        recommendation: card.recommendation,
        created_at: at,
        updated_at: at,
      };
      await repository.insertScorecard(row);
      return presentScorecard(row);
    },

    async updateScorecard(kitId: string, id: string, input: ScorecardInput, viewer: Viewer & { name: string }) {
      const kit = await owned(kitId, viewer);
      const row = await repository.findScorecard(kit.id, id);
      if (!row) throw notFound('scorecard', id);
      const card = await checkedScorecard(kit, { ...input, interviewer: input.interviewer ?? row.interviewer }, viewer);
      const changes = {
        candidate: card.candidate,
        interviewer: card.interviewer,
        entries: JSON.stringify(card.entries),
        recommendation: card.recommendation,
        updated_at: now().toISOString(),
      };
      await repository.updateScorecard(id, changes);
      return presentScorecard({ ...row, ...changes });
    },

    async listScorecards(kitId: string, viewer: Viewer, candidate?: string) {
      const kit = await owned(kitId, viewer);
      return (await repository.listScorecards(kit.id, candidate)).map(presentScorecard);
    },

    async calibration(kitId: string, candidate: string, viewer: Viewer) {
      const row = await owned(kitId, viewer);
      const { questions: items } = await resolved(row, viewer);
      return calibrate(items, candidate, (await repository.listScorecards(row.id, candidate)).map(toScorecard));
    },

    async comparison(kitId: string, viewer: Viewer) {
      const row = await owned(kitId, viewer);
      const { questions: items } = await resolved(row, viewer);
      return {
        questions: items.map((q) => ({ key: q.key, prompt: q.prompt })),
        candidates: compareCandidates(items, (await repository.listScorecards(row.id)).map(toScorecard)),
      };
    },

    /** A new link to practise the kit; its token is shown once and kept only as a hash. */
    async createPracticeLink(kitId: string, viewer: Viewer) {
      const row = await owned(kitId, viewer);
      const token = randomBytes(24).toString('base64url');
      const at = now();
      const expiresAt = new Date(at.getTime() + PRACTICE_LINK_DAYS * 86_400_000).toISOString();
      await repository.insertLink({
        token_hash: sha256(token),
        kit_id: row.id,
        created_at: at.toISOString(),
        expires_at: expiresAt,
      });
      return { token, url: new URL(`/practice/${token}`, deps.publicUrl).toString(), expiresAt };
    },

    /** What the link lets a signed-in candidate practise: prompts only, never the answers or the scale. */
    async practice(token: string) {
      const { kit, practised, expiresAt } = await linkedKit(token);
      return {
        role: kit.role,
        level: kit.level,
        questions: practised.map((q) => ({ id: q.id, prompt: q.prompt, targetSeconds: q.targetSeconds })),
        expiresAt,
      };
    },

    /** Opens the candidate's own interview on the kit's bank questions, in the kit's order. */
    async startPractice(token: string, viewer: Viewer) {
      const { kit, practised } = await linkedKit(token);
      return deps.startInterview(
        viewer,
        practised.map((q) => q.id),
        { round: 'mixed', level: kit.level, categories: [...new Set(practised.map((q) => q.category))] },
      );
    },
  };
}

export type KitService = ReturnType<typeof createKitService>;
