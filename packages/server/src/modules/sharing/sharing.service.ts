// Shares: a candidate opens one interview, or all of them, to a coach by an invitation or a link, lists them and
// revokes them; a coach opens a link and lists what is shared with them.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  DomainError,
  SHARE_LINK_DAYS,
  assertNotSelf,
  assertShareOpen,
  invalid,
  notFound,
  shareExpiry,
  shareStatus,
} from '@rehearse/core';
import type { Person, Share, SharingRepository } from './sharing.repository.ts';
import type { SessionReader } from './sharing.ports.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';

export interface Account {
  id: string;
  email: string;
}

export type NewShare =
  | { via: 'invitation'; interviewId: string | null; email: string; expiresInDays?: number | undefined }
  | { via: 'link'; interviewId: string | null; expiresInDays?: number | undefined };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const personView = (person: Person | undefined) => (person ? { email: person.email, name: person.name } : null);

export function createSharingService(deps: {
  repository: SharingRepository;
  sessions: SessionReader;
  publicUrl: string;
  now: () => Date;
}) {
  const { repository, sessions } = deps;

  async function present(share: Share) {
    return {
      id: share.id,
      via: share.via,
      interviewId: share.interviewId,
      coach: personView(await repository.person(share.coachId)),
      status: shareStatus(share, deps.now()),
      createdAt: share.createdAt,
      expiresAt: share.expiresAt,
      revokedAt: share.revokedAt,
    };
  }

  /** The coach an invitation names: an account other than the candidate's own. */
  async function invitedCoach(owner: Account, email: string) {
    assertNotSelf(owner, { email });
    const coach = await repository.personByEmail(email);
    if (!coach)
      throw invalid(
        'coach-not-found',
        'No account has this email: ask your coach to sign up first, or share a link instead.',
      );
    assertNotSelf(owner, coach);
    return coach;
  }

  return {
    async create(owner: Account, input: NewShare) {
      if (input.interviewId !== null && !(await sessions.read(input.interviewId, owner.id)))
        throw notFound('interview', input.interviewId);
      const now = deps.now();
      const days = input.expiresInDays ?? (input.via === 'link' ? SHARE_LINK_DAYS.default : undefined);
      const expiresAt = days === undefined ? null : shareExpiry(now, days);
      const coach = input.via === 'invitation' ? await invitedCoach(owner, input.email) : undefined;
      const token = input.via === 'link' ? randomBytes(24).toString('base64url') : undefined;
      const share: Share = {
        ...{ id: randomUUID(), ownerId: owner.id, interviewId: input.interviewId, via: input.via },
        ...{ coachId: coach?.id ?? null, tokenHash: token === undefined ? null : sha256(token) },
        ...{ createdAt: now.toISOString(), expiresAt, revokedAt: null },
      };
      await repository.insertShare(share);
      const link = token ? { token, url: new URL(`/shared/link/${token}`, deps.publicUrl).toString() } : null;
      return { ...(await present(share)), link };
    },

    list: async (owner: Account) => ({
      items: await Promise.all((await repository.listByOwner(owner.id)).map(present)),
    }),

    /** Revoking twice is revoking once; the share stays listed as revoked. */
    async revoke(id: string, owner: Account) {
      const share = await repository.findShare(id);
      if (!share || share.ownerId !== owner.id) throw notFound('share', id);
      await repository.revoke(id, owner.id, deps.now().toISOString());
      return present((await repository.findShare(id))!);
    },

    /** A coach opens a link: it binds to them, the first to open it, and to nobody else after. */
    async claim(token: string, coach: Account) {
      const share = await repository.findByTokenHash(sha256(token));
      if (!share) throw new DomainError('not-found', 'share-link-not-found', 'This share link is not valid.');
      assertShareOpen(share, deps.now());
      assertNotSelf(await ownerAccount(share), coach);
      if (share.coachId !== coach.id && !(await repository.bindCoach(share.id, coach.id)))
        throw new DomainError(
          'conflict',
          'share-link-claimed',
          'Another coach already opened this link: ask the candidate for a link of your own.',
        );
      return { shareId: share.id, interviewId: share.interviewId };
    },

    /** Every session a coach may open now, newest share first. */
    async sharedWith(coach: Account) {
      const now = deps.now();
      const shares = (await repository.listForCoach(coach.id)).filter((share) => shareStatus(share, now) === 'active');
      const seen = new Set<string>();
      const items = [];
      for (const share of shares) {
        const owner = personView(await repository.person(share.ownerId));
        const listed =
          share.interviewId === null
            ? await sessions.list(share.ownerId)
            : [await sessions.read(share.interviewId, share.ownerId)].filter((s) => s !== null);
        for (const session of listed) {
          if (seen.has(session.id)) continue;
          seen.add(session.id);
          items.push({
            interviewId: session.id,
            shareId: share.id,
            owner,
            status: session.status,
            createdAt: session.createdAt,
            settings: session.settings,
            expiresAt: share.expiresAt,
          });
        }
      }
      return { items };
    },

    /** The account is being deleted: nothing of it stays shared, and nothing shared with it stays open. */
    forgetAccount: (userId: string, uow?: UnitOfWork) => repository.forgetAccount(userId, uow),
  };

  async function ownerAccount(share: Share): Promise<Account> {
    return (await repository.person(share.ownerId)) ?? { id: share.ownerId, email: '' };
  }
}

export type SharingService = ReturnType<typeof createSharingService>;
