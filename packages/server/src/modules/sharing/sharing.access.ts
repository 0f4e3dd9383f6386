// Who may read an interview: its owner, and a coach holding an open share of it or of all its owner's
// interviews. A share that no longer opens says why (revoked, expired) rather than pretending nothing exists.
import { assertShareOpen, notFound, shareStatus } from '@rehearse/core';
import type { Share, SharingRepository } from './sharing.repository.ts';
import type { SessionReader, SessionView } from './sharing.ports.ts';

export interface Granted {
  ownerId: string;
  session: SessionView;
}

export function createSharingAccess(deps: {
  repository: Pick<SharingRepository, 'listForCoach'>;
  sessions: Pick<SessionReader, 'read'>;
  now: () => Date;
}) {
  const { repository, sessions } = deps;

  /** The session, when this share covers it: the one it names, or any of its owner's for an all-sessions share. */
  async function covered(share: Share, interviewId: string): Promise<SessionView | null> {
    if (share.interviewId !== null && share.interviewId !== interviewId) return null;
    return sessions.read(interviewId, share.ownerId);
  }

  return {
    /** The session its owner, or a coach through one of their shares, may read; 403 for a closed share, 404 for none. */
    async grant(interviewId: string, viewerId: string): Promise<Granted> {
      const own = await sessions.read(interviewId, viewerId);
      if (own) return { ownerId: viewerId, session: own };
      const now = deps.now();
      const shares = await repository.listForCoach(viewerId);
      const open = shares.filter((share) => shareStatus(share, now) === 'active');
      for (const share of open) {
        const session = await covered(share, interviewId);
        if (session) return { ownerId: share.ownerId, session };
      }
      for (const share of shares.filter((s) => !open.includes(s)))
        if (await covered(share, interviewId)) assertShareOpen(share, now);
      throw notFound('interview', interviewId);
    },
  };
}

export type SharingAccess = ReturnType<typeof createSharingAccess>;
