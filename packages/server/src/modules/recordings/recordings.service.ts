import type { Readable } from 'node:stream';
import { notFound } from '@rehearse/core';
import type { ObjectStorage } from '../storage/object-storage.ts';
import { parseByteRange } from './byte-range.ts';
import type { RecordingRepository, RecordingRow } from './recordings.repository.ts';

/** A stored recording as the rest of the server sees it (its file path stays inside this module). */
export interface Recording {
  id: string;
  userId: string;
  answerId: string | null;
  mime: string;
  bytes: number;
  /** SHA-256 (hex) of the bytes as uploaded, before any remux: what the client can compare with its own copy. */
  sha256: string;
  durationSec: number | null;
  createdAt: string;
}

export type RecordingContent =
  | { kind: 'whole'; recording: Recording; stream: Readable }
  | { kind: 'partial'; recording: Recording; stream: Readable; start: number; end: number }
  | { kind: 'unsatisfiable'; recording: Recording };

export const presentRecording = (row: RecordingRow): Recording => ({
  id: row.id,
  userId: row.user_id,
  answerId: row.answer_id,
  mime: row.mime,
  bytes: row.bytes,
  sha256: row.sha256,
  durationSec: row.duration_sec,
  createdAt: row.created_at,
});

/** `storage` holds the files, keyed by each row's path (local files under DATA_DIR, or a bucket). */
export function createRecordingService(deps: { repository: RecordingRepository; storage: ObjectStorage }) {
  const { repository, storage } = deps;

  async function owned(id: string, viewer: { id: string }): Promise<RecordingRow> {
    const row = await repository.findOwned(id, viewer.id);
    if (!row) throw notFound('recording', id);
    return row;
  }

  async function removeRows(rows: readonly RecordingRow[], userId: string) {
    for (const row of rows) {
      await repository.delete(row.id, userId);
      await storage.remove(row.path);
    }
  }

  return {
    /** Records a finished file (its path relative to DATA_DIR); a repeated call with the same id changes nothing. */
    add: async (row: RecordingRow) => presentRecording(await repository.insert(row)),

    get: async (id: string, viewer: { id: string }) => presentRecording(await owned(id, viewer)),

    /** Opens the owner's recording for reading, as a whole or as the one byte range asked for. */
    async open(id: string, viewer: { id: string }, rangeHeader: string | undefined): Promise<RecordingContent> {
      const row = await owned(id, viewer);
      const size = await storage.size(row.path);
      if (size === undefined) throw notFound('recording', id);
      const recording = { ...presentRecording(row), bytes: size };
      const range = parseByteRange(rangeHeader, size);
      if (range.kind === 'unsatisfiable') return { kind: 'unsatisfiable', recording };
      if (range.kind === 'whole') return { kind: 'whole', recording, stream: await storage.read(row.path) };
      const stream = await storage.read(row.path, { start: range.start, end: range.end });
      return { kind: 'partial', recording, stream, start: range.start, end: range.end };
    },

    /** Deletes the row first, so that a recording is never listed without its file; then the file. */
    async remove(id: string, viewer: { id: string }) {
      const row = await owned(id, viewer);
      if (!(await repository.delete(id, viewer.id))) throw notFound('recording', id);
      await storage.remove(row.path);
    },

    /** Deletes every recording of a user (account deletion). */
    async removeAllOf(userId: string) {
      await removeRows(await repository.listByUser(userId), userId);
    },

    /** Deletes the recordings of an interview's answers (the interview is being deleted). */
    async removeAllOfInterview(interviewId: string, userId: string) {
      await removeRows(await repository.listByAnswerPrefix(`${interviewId}:`, userId), userId);
    },

    /** The ids among these whose recordings the user has not deleted. */
    bytesUsed: (userId: string) => repository.bytesUsed(userId),

    stillStored: async (ids: readonly string[], userId: string) => new Set(await repository.existing(ids, userId)),

    forAnswer: async (answerId: string, userId: string) => {
      const row = await repository.findByAnswer(answerId, userId);
      return row && presentRecording(row);
    },

    /** A recording by id, whoever owns it (the upload intake asks whether an upload was recorded already). */
    async find(id: string): Promise<Recording | undefined> {
      const row = await repository.findById(id);
      return row && presentRecording(row);
    },

    /**
     * A recording and a file on this machine with its bytes, for background work on the owner's behalf
     * (transcription): its own file on local storage, a cached download from a bucket.
     */
    async locate(id: string): Promise<{ recording: Recording; path: string } | undefined> {
      const row = await repository.findById(id);
      return row && { recording: presentRecording(row), path: await storage.localPath(row.path) };
    },
  };
}

export type RecordingService = ReturnType<typeof createRecordingService>;
