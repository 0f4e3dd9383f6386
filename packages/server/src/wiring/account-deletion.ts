// Account deletion's parts, one per module that keeps something of an account, in the order they run inside the
// deletion's unit of work: what points at a row goes before it (comments and shares before interviews and
// recordings; kits before the team memberships they read; the user last).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { ForgetPart } from '../modules/account/account.service.ts';
import { forgetAnalyses } from '../modules/analyses/analyses.forget.ts';
import type { AuthAccounts } from '../modules/auth/auth.forget.ts';
import { forgetCodeAttempts } from '../modules/coding/coding.forget.ts';
import { forgetInterviews } from '../modules/interviews/interviews.forget.ts';
import { forgetKits } from '../modules/kits/kits.forget.ts';
import { forgetOwnQuestions } from '../modules/questions/questions.forget.ts';
import { forgetRecordings } from '../modules/recordings/recordings.forget.ts';
import { forgetReviewSubmissions } from '../modules/reviews/reviews.forget.ts';
import type { Sharing } from '../modules/sharing/sharing.module.ts';
import type { ObjectStorage } from '../modules/storage/object-storage.ts';
import { forgetStudy } from '../modules/study/study.forget.ts';
import { forgetTeams } from '../modules/teams/teams.forget.ts';
import { forgetTokens } from '../modules/tokens/tokens.forget.ts';

export function accountDeletionParts(deps: {
  db: Kysely<Database>;
  recordingFiles: Pick<ObjectStorage, 'remove'>;
  sharing: Sharing;
  authAccounts: AuthAccounts;
}): ForgetPart[] {
  const { db } = deps;
  // Most parts need only the account's id.
  const byId =
    (forget: (userId: string, uow: UnitOfWork) => Promise<unknown>): ForgetPart =>
    async (account, uow) => {
      await forget(account.id, uow);
    };
  return [
    byId((id, uow) => deps.sharing.shares.forgetAccount(id, uow)),
    (account, uow) => forgetRecordings(db, deps.recordingFiles)(account.id, uow),
    byId(forgetInterviews(db)),
    byId(forgetAnalyses(db)),
    byId(forgetCodeAttempts(db)),
    byId(forgetReviewSubmissions(db)),
    byId(forgetStudy(db)),
    byId(forgetOwnQuestions(db)),
    byId(forgetKits(db)),
    forgetTeams(db),
    byId(forgetTokens(db)),
    byId((id, uow) => deps.authAccounts.forget(id, uow)),
  ];
}
