// Who may do what with a kit, and which scorecards a viewer sees. A personal kit is its owner's alone. A team's
// kit is its members': every member reads it and scores candidates on it; its author and the team's owners
// change it. Nobody else, an administrator included, learns that it exists: kits hold candidates' names.
import type { TeamRole } from '../teams/team.ts';

export interface KitAccess {
  read: boolean;
  score: boolean;
  edit: boolean;
  /** Sees the other interviewers' scorecards of a candidate without scoring them (the hiring manager's debrief). */
  manage: boolean;
}

const NONE: KitAccess = { read: false, score: false, edit: false, manage: false };
const ALL: KitAccess = { read: true, score: true, edit: true, manage: true };

export function kitAccess(
  kit: { ownerId: string; teamId: string | null },
  viewerId: string,
  teamRole: TeamRole | null,
): KitAccess {
  if (kit.teamId === null) return kit.ownerId === viewerId ? ALL : NONE;
  if (teamRole === null) return NONE;
  if (teamRole === 'owner') return ALL;
  return { read: true, score: true, edit: kit.ownerId === viewerId, manage: false };
}

export interface CardMeta {
  authorId: string;
  candidate: string;
  submitted: boolean;
}

/**
 * Interviewers score independently: one sees the others' scorecards of a candidate only once they have submitted
 * their own. A manager who has not started one sees the submitted cards (to run the debrief); one who has started
 * scoring waits like anyone else. Another's draft is never shown.
 */
export function visibleScorecards<T extends CardMeta>(cards: readonly T[], viewer: { id: string; manage: boolean }) {
  const mine = cards.filter((c) => c.authorId === viewer.id);
  const opened = new Set<string>();
  for (const candidate of new Set(cards.map((c) => c.candidate))) {
    const own = mine.filter((c) => c.candidate === candidate);
    if (own.some((c) => c.submitted) || (own.length === 0 && viewer.manage)) opened.add(candidate);
  }
  return cards.filter((c) => c.authorId === viewer.id || (c.submitted && opened.has(c.candidate)));
}
