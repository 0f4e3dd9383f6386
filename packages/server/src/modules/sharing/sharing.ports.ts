// What sharing needs from interviews and recordings, as small functions composition.ts binds. Sharing never reads
// their tables: it asks as the owner would, once it has decided that the viewer may see what the owner sees.
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { RecordingContent } from '../recordings/recordings.service.ts';

/** An interview as its owner sees it. */
export type SessionView = Awaited<ReturnType<InterviewService['get']>>;
export type SessionListItem = Awaited<ReturnType<InterviewService['list']>>[number];

export interface SessionReader {
  /** The owner's interview, or null when they have none with this id. */
  read(interviewId: string, ownerId: string): Promise<SessionView | null>;
  /** The owner's latest interviews, newest first. */
  list(ownerId: string): Promise<SessionListItem[]>;
}

export interface StoredRecording {
  id: string;
  ownerId: string;
  /** `<interview id>:<turn id>` for an interview's answer. */
  answerId: string | null;
  durationSec: number | null;
}

export interface RecordingReader {
  find(recordingId: string): Promise<StoredRecording | null>;
  /** Opens the recording as its owner would (the caller has checked the viewer may). */
  open(recordingId: string, ownerId: string, range: string | undefined): Promise<RecordingContent>;
}
