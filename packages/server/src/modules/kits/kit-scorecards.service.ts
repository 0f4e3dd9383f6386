// Scorecards of candidates on a kit, and what they add up to: calibration of one candidate's interviewers and
// the kit's candidates side by side. Interviewers score independently: a scorecard is its author's draft until
// submitted, and the others' scores of a candidate stay hidden until one's own is in (core's visibleScorecards).
// Calibration and comparison count submitted scorecards only.
import { randomUUID } from 'node:crypto';
import {
  calibrate,
  checkScorecard,
  compareCandidates,
  notFound,
  visibleScorecards,
  type HiringRecommendation,
  type KitRating,
  type Scorecard,
} from '@rehearse/core';
import type { Viewer } from '../questions/questions.service.ts';
import type { KitAccessPort } from './kit-access.ts';
import type { KeptKit, KeptScorecard, KitRepository } from './kits.repository.ts';

export interface ScorecardInput {
  candidate: string;
  interviewer?: string | undefined;
  entries: { questionKey: string; keyPointsHeard: string[]; rating: number | null; notes: string }[];
  recommendation: HiringRecommendation | null;
  /** Final: from now on the author sees the others' scores of this candidate. A submitted card stays submitted. */
  submitted?: boolean | undefined;
}

type Author = Viewer & { name: string };

const meta = (card: KeptScorecard) => ({ ...card, submitted: card.submittedAt !== null });

function presentScorecard(card: KeptScorecard, viewer: Viewer) {
  return {
    id: card.id,
    kitId: card.kitId,
    candidate: card.candidate,
    interviewer: card.interviewer,
    entries: card.entries.map((e) => ({ ...e, keyPointsHeard: [...e.keyPointsHeard] })),
    recommendation: card.recommendation,
    submitted: card.submittedAt !== null,
    mine: card.authorId === viewer.id,
    createdAt: card.createdAt,
    updatedAt: card.updatedAt,
  };
}

export function createScorecardService(deps: { repository: KitRepository; access: KitAccessPort; now: () => Date }) {
  const { repository, access, now } = deps;

  async function checked(kit: KeptKit, input: ScorecardInput, interviewer: string) {
    const card: Scorecard = {
      candidate: input.candidate,
      interviewer,
      entries: input.entries.map((e) => ({ ...e, rating: e.rating as KitRating | null })),
      recommendation: input.recommendation,
    };
    checkScorecard((await access.resolve(kit)).questions, card);
    return card;
  }

  /** The kit's scorecards the viewer may see, submitted ones only when `submittedOnly`. */
  async function visible(kitId: string, viewer: Viewer, candidate?: string, submittedOnly = false) {
    const { kit, access: rights } = await access.open(kitId, viewer, 'read');
    const cards = (await repository.listScorecards(kit.id, candidate)).map(meta);
    const seen = visibleScorecards(cards, { id: viewer.id, manage: rights.manage });
    return { kit, cards: submittedOnly ? seen.filter((c) => c.submitted) : seen };
  }

  return {
    async createScorecard(kitId: string, input: ScorecardInput, viewer: Author) {
      const { kit } = await access.open(kitId, viewer, 'score');
      const card = await checked(kit, input, input.interviewer ?? viewer.name);
      const at = now().toISOString();
      const kept: KeptScorecard = {
        ...{ id: randomUUID(), kitId: kit.id, authorId: viewer.id, ...card },
        ...{ submittedAt: input.submitted ? at : null, createdAt: at, updatedAt: at },
      };
      await repository.insertScorecard(kept);
      return presentScorecard(kept, viewer);
    },

    /** Only its author changes a scorecard. */
    async updateScorecard(kitId: string, id: string, input: ScorecardInput, viewer: Author) {
      const { kit } = await access.open(kitId, viewer, 'score');
      const kept = await repository.findScorecard(kit.id, id);
      if (!kept || kept.authorId !== viewer.id) throw notFound('scorecard', id);
      const card = await checked(kit, input, input.interviewer ?? kept.interviewer);
      const at = now().toISOString();
      const changes = { ...card, submittedAt: kept.submittedAt ?? (input.submitted ? at : null), updatedAt: at };
      await repository.updateScorecard(id, changes);
      return presentScorecard({ ...kept, ...changes }, viewer);
    },

    async listScorecards(kitId: string, viewer: Viewer, candidate?: string) {
      return (await visible(kitId, viewer, candidate)).cards.map((c) => presentScorecard(c, viewer));
    },

    async calibration(kitId: string, candidate: string, viewer: Viewer) {
      const { kit, cards } = await visible(kitId, viewer, candidate, true);
      return calibrate((await access.resolve(kit)).questions, candidate, cards);
    },

    async comparison(kitId: string, viewer: Viewer) {
      const { kit, cards } = await visible(kitId, viewer, undefined, true);
      const { questions: items } = await access.resolve(kit);
      return {
        questions: items.map((q) => ({ key: q.key, prompt: q.prompt })),
        candidates: compareCandidates(items, cards),
      };
    },
  };
}
