import { describe, expect, it } from 'vitest';
import { kitAccess, visibleScorecards } from './access.ts';

describe('kit access', () => {
  const personal = { ownerId: 'ann', teamId: null };
  const team = { ownerId: 'bo', teamId: 't1' };

  it('keeps a personal kit to its owner, whatever team role anyone has', () => {
    expect(kitAccess(personal, 'ann', null)).toEqual({ read: true, score: true, edit: true, manage: true });
    expect(kitAccess(personal, 'cy', 'owner').read).toBe(false);
  });

  it("gives a team's kit to its members only: owners change it, interviewers score, its author edits", () => {
    expect(kitAccess(team, 'ann', 'owner')).toEqual({ read: true, score: true, edit: true, manage: true });
    expect(kitAccess(team, 'cy', 'interviewer')).toEqual({ read: true, score: true, edit: false, manage: false });
    expect(kitAccess(team, 'bo', 'interviewer').edit).toBe(true);
    // The author who left the team has lost the kit with it.
    expect(kitAccess(team, 'bo', null).read).toBe(false);
  });
});

describe('scorecard visibility', () => {
  const card = (authorId: string, candidate: string, submitted: boolean) => ({ authorId, candidate, submitted });
  const cards = [card('bo', 'Ann', true), card('cy', 'Ann', true), card('dee', 'Ann', false), card('cy', 'Eve', true)];
  const seen = (id: string, manage = false) =>
    visibleScorecards(cards, { id, manage }).map((c) => `${c.authorId}:${c.candidate}`);

  it("hides the others' scores until one has submitted one's own", () => {
    expect(seen('dee')).toEqual(['dee:Ann']);
    expect(seen('bo')).toEqual(['bo:Ann', 'cy:Ann']);
  });

  it('lets a manager who has not scored see the submitted cards, never a draft', () => {
    expect(seen('ann', true)).toEqual(['bo:Ann', 'cy:Ann', 'cy:Eve']);
    expect(seen('dee', true)).toEqual(['dee:Ann', 'cy:Eve']);
  });
});
