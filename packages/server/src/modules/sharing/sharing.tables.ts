// The tables of migration 0012-coach-sharing, as the sharing repository reads them. They live beside the module
// (the repository adds them with Kysely's withTables) because no other module may read them.
import type { ShareVia } from '@rehearse/core';

type IsoTime = string;

export type SharesTable = {
  id: string;
  owner_id: string;
  /** The one interview shared; null shares every interview of the owner, present and future. */
  interview_id: string | null;
  via: ShareVia;
  /** Named by an invitation; for a link, whoever opens it first (null until then). */
  coach_id: string | null;
  /** The SHA-256 (hex) of a link's token; null for an invitation. */
  token_hash: string | null;
  created_at: IsoTime;
  expires_at: IsoTime | null;
  revoked_at: IsoTime | null;
};

export type ShareCommentsTable = {
  id: string;
  interview_id: string;
  /** The candidate whose answer it is, who reads it. */
  owner_id: string;
  author_id: string;
  turn_id: string;
  /** The recording the moment is in; null for a comment on a sentence. */
  recording_id: string | null;
  at_sec: number | null;
  sentence_index: number | null;
  /** The sentence commented on, as it read then (the candidate may correct the transcript later). */
  quote: string | null;
  body: string;
  created_at: IsoTime;
  /** When the candidate saw it; null while unread. */
  read_at: IsoTime | null;
};

// A type, not an interface: Kysely's withTables wants an index-signature-compatible record.
export type SharingTables = {
  shares: SharesTable;
  share_comments: ShareCommentsTable;
};
