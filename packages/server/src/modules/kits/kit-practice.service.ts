// Practice links: a candidate practises a kit's bank questions alone, analysed against the very key points the
// interviewers score. The token is shown once and kept only as a hash; the link expires.
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, notFound } from '@rehearse/core';
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KitAccessPort } from './kit-access.ts';
import type { KitRepository } from './kits.repository.ts';

/** How long a practice link works. */
export const PRACTICE_LINK_DAYS = 30;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function createPracticeService(deps: {
  repository: KitRepository;
  questions: Pick<QuestionService, 'list'>;
  access: KitAccessPort;
  startInterview: InterviewService['createFromQuestions'];
  publicUrl: string;
  now: () => Date;
}) {
  const { repository, questions, access, now } = deps;

  async function linkedKit(token: string) {
    const link = await repository.findLink(sha256(token));
    if (!link) throw notFound('practice link', 'given');
    if (Date.parse(link.expiresAt) <= now().getTime())
      throw new DomainError('forbidden', 'practice-link-expired', 'This practice link has expired; ask for a new one.');
    const kit = await repository.find(link.kitId);
    if (!kit) throw notFound('practice link', 'given');
    // A candidate practises the bank's questions only: the kit's own, and its author's, stay with the hiring side.
    const bank = new Map((await questions.list({ source: 'bank' }, null)).map((v) => [v.question.id, v.question]));
    const practised = kit.questions.flatMap((q) => {
      const question = q.kind === 'bank' ? bank.get(q.questionId) : undefined;
      return question ? [question] : [];
    });
    return { kit, practised, expiresAt: link.expiresAt };
  }

  return {
    /** A new link to practise the kit; its token is shown once and kept only as a hash. */
    async createPracticeLink(kitId: string, viewer: Viewer) {
      const { kit } = await access.open(kitId, viewer, 'edit');
      const token = randomBytes(24).toString('base64url');
      const at = now();
      const expiresAt = new Date(at.getTime() + PRACTICE_LINK_DAYS * 86_400_000).toISOString();
      await repository.insertLink({ tokenHash: sha256(token), kitId: kit.id, createdAt: at.toISOString(), expiresAt });
      return { token, url: new URL(`/kit-practice/${token}`, deps.publicUrl).toString(), expiresAt };
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
