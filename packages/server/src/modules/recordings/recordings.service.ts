import type { Readable } from 'node:stream';
import { notFound } from '@rehearse/core';
import type { ObjectStorage } from '../storage/object-storage.ts';
import { parseByteRange } from './byte-range.ts';
import type { KeptRecording, Recording, RecordingRepository } from './recordings.repository.ts';

export type { KeptRecording, Recording } from './recordings.repository.ts';

export type RecordingContent =
  | { kind: 'whole'; recording: Recording; stream: Readable }
  | { kind: 'partial'; recording: Recording; stream: Readable; start: number; end: number }
  | { kind: 'unsatisfiable'; recording: Recording };

/** The recording without where its file is. */
const presentRecording = ({ path: _path, ...recording }: KeptRecording): Recording => recording;

/** `storage` holds the files, keyed by each recording's path (local files under DATA_DIR, or a bucket). */
export function createRecordingService(deps: { repository: RecordingRepository; storage: ObjectStorage }) {
  const { repository, storage } = deps;

  async function owned(id: string, viewer: { id: string }): Promise<KeptRecording> {
    const kept = await repository.findOwned(id, viewer.id);
    if (!kept) throw notFound('recording', id);
    return kept;
  }

  async function removeAll(recordings: readonly KeptRecording[], userId: string) {
    for (const { id, path } of recordings) {
      await repository.delete(id, userId);
      await storage.remove(path);
    }
  }

  return {
    /** Records a finished file (its path relative to DATA_DIR); a repeated call with the same id changes nothing. */
    add: async (recording: KeptRecording) => presentRecording(await repository.insert(recording)),

    get: async (id: string, viewer: { id: string }) => presentRecording(await owned(id, viewer)),

    /** Opens the owner's recording for reading, as a whole or as the one byte range asked for. */
    async open(id: string, viewer: { id: string }, rangeHeader: string | undefined): Promise<RecordingContent> {
      const kept = await owned(id, viewer);
      const size = await storage.size(kept.path);
      if (size === undefined) throw notFound('recording', id);
      const recording = { ...presentRecording(kept), bytes: size };
      const range = parseByteRange(rangeHeader, size);
      if (range.kind === 'unsatisfiable') return { kind: 'unsatisfiable', recording };
      if (range.kind === 'whole') return { kind: 'whole', recording, stream: await storage.read(kept.path) };
      const stream = await storage.read(kept.path, { start: range.start, end: range.end });
      return { kind: 'partial', recording, stream, start: range.start, end: range.end };
    },

    /** Forgets the recording first, so that it is never listed without its file; then deletes the file. */
    async remove(id: string, viewer: { id: string }) {
      const kept = await owned(id, viewer);
      if (!(await repository.delete(id, viewer.id))) throw notFound('recording', id);
      await storage.remove(kept.path);
    },

    /** Deletes every recording of a user (account deletion). */
    async removeAllOf(userId: string) {
      await removeAll(await repository.listByUser(userId), userId);
    },

    /** Deletes the recordings of an interview's answers (the interview is being deleted). */
    async removeAllOfInterview(interviewId: string, userId: string) {
      await removeAll(await repository.listByAnswerPrefix(`${interviewId}:`, userId), userId);
    },

    /** The ids among these whose recordings the user has not deleted. */
    bytesUsed: (userId: string) => repository.bytesUsed(userId),

    stillStored: async (ids: readonly string[], userId: string) => new Set(await repository.existing(ids, userId)),

    forAnswer: async (answerId: string, userId: string) => {
      const kept = await repository.findByAnswer(answerId, userId);
      return kept && presentRecording(kept);
    },

    /** A recording by id, whoever owns it (the upload intake asks whether an upload was recorded already). */
    async find(id: string): Promise<Recording | undefined> {
      const kept = await repository.findById(id);
      return kept && presentRecording(kept);
    },

    /**
     * A recording and a file on this machine with its bytes, for background work on the owner's behalf
     * (transcription): its own file on local storage, a cached download from a bucket.
     */
    async locate(id: string): Promise<{ recording: Recording; path: string } | undefined> {
      const kept = await repository.findById(id);
      return kept && { recording: presentRecording(kept), path: await storage.localPath(kept.path) };
    },
  };
}

export type RecordingService = ReturnType<typeof createRecordingService>;
