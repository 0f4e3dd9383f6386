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
  type ScorecardEntry,
} from '@rehearse/core';
import type { Viewer } from '../questions/questions.service.ts';
import type { KitAccessPort } from './kit-access.ts';
import type { KitRepository, KitRow, ScorecardRow } from './kits.repository.ts';

export interface ScorecardInput {
  candidate: string;
  interviewer?: string | undefined;
  entries: { questionKey: string; keyPointsHeard: string[]; rating: number | null; notes: string }[];
  recommendation: HiringRecommendation | null;
  /** Final: from now on the author sees the others' scores of this candidate. A submitted card stays submitted. */
  submitted?: boolean | undefined;
}

type Author = Viewer & { name: string };

const toScorecard = (row: ScorecardRow): Scorecard => ({
  candidate: row.candidate,
  interviewer: row.interviewer,
  entries: JSON.parse(row.entries) as ScorecardEntry[],
  recommendation: row.recommendation,
});
const meta = (row: ScorecardRow) => ({ ...row, authorId: row.author_id, submitted: row.submitted_at !== null });

function presentScorecard(row: ScorecardRow, viewer: Viewer) {
  const card = toScorecard(row);
  return {
    id: row.id,
    kitId: row.kit_id,
    candidate: card.candidate,
    interviewer: card.interviewer,
    entries: card.entries.map((e) => ({ ...e, keyPointsHeard: [...e.keyPointsHeard] })),
    recommendation: card.recommendation,
    submitted: row.submitted_at !== null,
    mine: row.author_id === viewer.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createScorecardService(deps: { repository: KitRepository; access: KitAccessPort; now: () => Date }) {
  const { repository, access, now } = deps;

  async function checked(row: KitRow, input: ScorecardInput, interviewer: string) {
    const card: Scorecard = {
      candidate: input.candidate,
      interviewer,
      entries: input.entries.map((e) => ({ ...e, rating: e.rating as KitRating | null })),
      recommendation: input.recommendation,
    };
    checkScorecard((await access.resolve(row)).questions, card);
    return card;
  }

  /** The kit's scorecards the viewer may see, submitted ones only when `submittedOnly`. */
  async function visible(kitId: string, viewer: Viewer, candidate?: string, submittedOnly = false) {
    const { row, access: rights } = await access.open(kitId, viewer, 'read');
    const rows = (await repository.listScorecards(row.id, candidate)).map(meta);
    const seen = visibleScorecards(rows, { id: viewer.id, manage: rights.manage });
    return { row, cards: submittedOnly ? seen.filter((c) => c.submitted) : seen };
  }

  return {
    async createScorecard(kitId: string, input: ScorecardInput, viewer: Author) {
      const { row: kit } = await access.open(kitId, viewer, 'score');
      const card = await checked(kit, input, input.interviewer ?? viewer.name);
      const at = now().toISOString();
      const row: ScorecardRow = {
        id: randomUUID(),
        kit_id: kit.id,
        author_id: viewer.id,
        candidate: card.candidate,
        interviewer: card.interviewer,
        entries: JSON.stringify(card.entries),
        recommendation: card.recommendation,
        submitted_at: input.submitted ? at : null,
        created_at: at,
        updated_at: at,
      };
      await repository.insertScorecard(row);
      return presentScorecard(row, viewer);
    },

    /** Only its author changes a scorecard. */
    async updateScorecard(kitId: string, id: string, input: ScorecardInput, viewer: Author) {
      const { row: kit } = await access.open(kitId, viewer, 'score');
      const row = await repository.findScorecard(kit.id, id);
      if (!row || row.author_id !== viewer.id) throw notFound('scorecard', id);
      const card = await checked(kit, input, input.interviewer ?? row.interviewer);
      const at = now().toISOString();
      const changes = {
        candidate: card.candidate,
        interviewer: card.interviewer,
        entries: JSON.stringify(card.entries),
        recommendation: card.recommendation,
        submitted_at: row.submitted_at ?? (input.submitted ? at : null),
        updated_at: at,
      };
      await repository.updateScorecard(id, changes);
      return presentScorecard({ ...row, ...changes }, viewer);
    },

    async listScorecards(kitId: string, viewer: Viewer, candidate?: string) {
      return (await visible(kitId, viewer, candidate)).cards.map((c) => presentScorecard(c, viewer));
    },

    async calibration(kitId: string, candidate: string, viewer: Viewer) {
      const { row, cards } = await visible(kitId, viewer, candidate, true);
      return calibrate((await access.resolve(row)).questions, candidate, cards.map(toScorecard));
    },

    async comparison(kitId: string, viewer: Viewer) {
      const { row, cards } = await visible(kitId, viewer, undefined, true);
      const { questions: items } = await access.resolve(row);
      return {
        questions: items.map((q) => ({ key: q.key, prompt: q.prompt })),
        candidates: compareCandidates(items, cards.map(toScorecard)),
      };
    },
  };
}
