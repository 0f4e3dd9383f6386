// Sharing with a coach, put together from its parts. It reaches interviews and recordings through the few
// functions it names here (Pick), bound to its ports, so it depends on nothing else of theirs.
import { DomainError } from '@rehearse/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { RecordingService } from '../recordings/recordings.service.ts';
import { createCommentService } from './comments.service.ts';
import { createSharedSessions } from './shared-sessions.ts';
import { createSharingAccess } from './sharing.access.ts';
import type { RecordingReader, SessionReader } from './sharing.ports.ts';
import { createSharingRepository } from './sharing.repository.ts';
import { createSharingService } from './sharing.service.ts';

/** The latest sessions a coach sees of an all-sessions share. */
const SESSIONS_LISTED = 100;

const nullWhenNotFound = (error: unknown) => {
  if (error instanceof DomainError && error.kind === 'not-found') return null;
  throw error;
};

export function sessionReader(interviews: Pick<InterviewService, 'get' | 'list'>): SessionReader {
  return {
    read: (interviewId, ownerId) => interviews.get(interviewId, { id: ownerId }).catch(nullWhenNotFound),
    list: (ownerId) => interviews.list({ id: ownerId }, SESSIONS_LISTED),
  };
}

export function recordingReader(recordings: Pick<RecordingService, 'locate' | 'open'>): RecordingReader {
  return {
    async find(recordingId) {
      const recording = (await recordings.locate(recordingId))?.recording;
      return recording
        ? {
            id: recording.id,
            ownerId: recording.userId,
            answerId: recording.answerId,
            durationSec: recording.durationSec,
          }
        : null;
    },
    open: (recordingId, ownerId, range) => recordings.open(recordingId, { id: ownerId }, range),
  };
}

export function createSharing(deps: {
  db: Kysely<Database>;
  interviews: Pick<InterviewService, 'get' | 'list'>;
  recordings: Pick<RecordingService, 'locate' | 'open'>;
  publicUrl: string;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const repository = createSharingRepository(deps.db);
  const sessions = sessionReader(deps.interviews);
  const recordings = recordingReader(deps.recordings);
  const access = createSharingAccess({ repository, sessions, now });
  return {
    shares: createSharingService({ repository, sessions, publicUrl: deps.publicUrl, now }),
    comments: createCommentService({ repository, access, recordings, now }),
    sessions: createSharedSessions({ repository, access, recordings }),
  };
}

export type Sharing = ReturnType<typeof createSharing>;
