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
import { toLifetime } from './sharing.access.ts';
import type { Person, ShareRow, SharingRepository } from './sharing.repository.ts';
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

  async function present(share: ShareRow) {
    return {
      id: share.id,
      via: share.via,
      interviewId: share.interview_id,
      coach: personView(await repository.person(share.coach_id)),
      status: shareStatus(toLifetime(share), deps.now()),
      createdAt: share.created_at,
      expiresAt: share.expires_at,
      revokedAt: share.revoked_at,
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
      const row: ShareRow = {
        id: randomUUID(),
        owner_id: owner.id,
        interview_id: input.interviewId,
        via: input.via,
        coach_id: coach?.id ?? null,
        token_hash: token === undefined ? null : sha256(token),
        created_at: now.toISOString(),
        expires_at: expiresAt,
        revoked_at: null,
      };
      await repository.insertShare(row);
      const link = token ? { token, url: new URL(`/shared/link/${token}`, deps.publicUrl).toString() } : null;
      return { ...(await present(row)), link };
    },

    list: async (owner: Account) => ({
      items: await Promise.all((await repository.listByOwner(owner.id)).map(present)),
    }),

    /** Revoking twice is revoking once; the share stays listed as revoked. */
    async revoke(id: string, owner: Account) {
      const share = await repository.findShare(id);
      if (!share || share.owner_id !== owner.id) throw notFound('share', id);
      await repository.revoke(id, owner.id, deps.now().toISOString());
      return present((await repository.findShare(id))!);
    },

    /** A coach opens a link: it binds to them, the first to open it, and to nobody else after. */
    async claim(token: string, coach: Account) {
      const share = await repository.findByTokenHash(sha256(token));
      if (!share) throw new DomainError('not-found', 'share-link-not-found', 'This share link is not valid.');
      assertShareOpen(toLifetime(share), deps.now());
      assertNotSelf(await ownerAccount(share), coach);
      if (share.coach_id !== coach.id && !(await repository.bindCoach(share.id, coach.id)))
        throw new DomainError(
          'conflict',
          'share-link-claimed',
          'Another coach already opened this link: ask the candidate for a link of your own.',
        );
      return { shareId: share.id, interviewId: share.interview_id };
    },

    /** Every session a coach may open now, newest share first. */
    async sharedWith(coach: Account) {
      const now = deps.now();
      const shares = (await repository.listForCoach(coach.id)).filter(
        (share) => shareStatus(toLifetime(share), now) === 'active',
      );
      const seen = new Set<string>();
      const items = [];
      for (const share of shares) {
        const owner = personView(await repository.person(share.owner_id));
        const listed =
          share.interview_id === null
            ? await sessions.list(share.owner_id)
            : [await sessions.read(share.interview_id, share.owner_id)].filter((s) => s !== null);
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
            expiresAt: share.expires_at,
          });
        }
      }
      return { items };
    },

    /** The account is being deleted: nothing of it stays shared, and nothing shared with it stays open. */
    forgetAccount: (userId: string, uow?: UnitOfWork) => repository.forgetAccount(userId, uow),
  };

  async function ownerAccount(share: ShareRow): Promise<Account> {
    return (await repository.person(share.owner_id)) ?? { id: share.owner_id, email: '' };
  }
}

export type SharingService = ReturnType<typeof createSharingService>;
