import type { Migration } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as jobsAndRecordings from './0002-jobs-and-recordings.ts';
import * as interviews from './0003-interviews.ts';
import * as turnCamera from './0004-turn-camera.ts';
import * as interviewRetakes from './0005-interview-retakes.ts';
import * as tokenScopes from './0006-token-scopes.ts';
import * as codeAttempts from './0007-code-attempts.ts';
import * as reviewSubmissions from './0008-review-submissions.ts';
import * as studyCards from './0009-study-cards.ts';
import * as progressIndexes from './0010-progress-indexes.ts';
import * as kits from './0011-kits.ts';
import * as coachSharing from './0012-coach-sharing.ts';
import * as teams from './0013-teams.ts';
import * as sharedState from './0014-shared-state.ts';

/** Every migration, in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-jobs-and-recordings': jobsAndRecordings,
  '0003-interviews': interviews,
  '0004-turn-camera': turnCamera,
  '0005-interview-retakes': interviewRetakes,
  '0006-token-scopes': tokenScopes,
  '0007-code-attempts': codeAttempts,
  '0008-review-submissions': reviewSubmissions,
  '0009-study-cards': studyCards,
  '0010-progress-indexes': progressIndexes,
  '0011-kits': kits,
  '0012-coach-sharing': coachSharing,
  '0013-teams': teams,
  '0014-shared-state': sharedState,
};
