// Reading a shared session as a coach: the session its owner sees (less nothing: it is read-only by route), and
// the recordings of its answers, each checked against the coach's shares on every request.
import { notFound } from '@rehearse/core';
import type { SharingAccess } from './sharing.access.ts';
import type { RecordingReader } from './sharing.ports.ts';
import type { SharingRepository } from './sharing.repository.ts';

export function createSharedSessions(deps: {
  repository: SharingRepository;
  access: SharingAccess;
  recordings: RecordingReader;
}) {
  const { repository, access, recordings } = deps;
  return {
    async read(interviewId: string, coach: { id: string }) {
      const { ownerId, session } = await access.grant(interviewId, coach.id);
      const owner = await repository.person(ownerId);
      return { interview: session, owner: { name: owner?.name ?? 'A candidate' } };
    },

    /** A recording is shared when the interview its answer belongs to is, by the recording's own owner. */
    async openRecording(recordingId: string, coach: { id: string }, range: string | undefined) {
      const recording = await recordings.find(recordingId);
      const interviewId = recording?.answerId?.split(':')[0];
      if (!recording || !interviewId) throw notFound('recording', recordingId);
      const { ownerId, session } = await access.grant(interviewId, coach.id);
      const answered = session.turns.some((turn) => turn.recordingId === recordingId);
      if (ownerId !== recording.ownerId || !answered) throw notFound('recording', recordingId);
      return recordings.open(recordingId, ownerId, range);
    },
  };
}

export type SharedSessions = ReturnType<typeof createSharedSessions>;
