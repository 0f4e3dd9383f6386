// The tables of hiring (#16): interview kits and their scorecards, teams with their members and invitations, and
// the links candidates practise a kit with. Part of the database's schema (schema.ts), apart so each stays short.
import type { IsoTime } from './iso-time.ts';

/** An interview kit (#16): its questions and competencies are JSON text (`KitQuestionSource[]`, `Category[]`). */
export interface KitsTable {
  id: string;
  owner_id: string;
  role: string;
  level: 'junior' | 'mid' | 'senior';
  competencies: string;
  questions: string;
  discussion_minutes: number;
  /** The team whose members share the kit; null for a personal kit (0013). */
  team_id: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** One interviewer's scorecard of one candidate on a kit; entries are JSON text (`ScorecardEntry[]`). */
export interface KitScorecardsTable {
  id: string;
  kit_id: string;
  /** The user who wrote it (the kit's owner until teams exist). */
  author_id: string;
  candidate: string;
  interviewer: string;
  entries: string;
  recommendation: 'strong-no' | 'no' | 'yes' | 'strong-yes' | null;
  /** Null while the scorecard is its author's draft (0013). */
  submitted_at: IsoTime | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** A hiring team (#16, 0013). */
export interface TeamsTable {
  id: string;
  name: string;
  created_by: string;
  created_at: IsoTime;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  role: 'owner' | 'interviewer';
  joined_at: IsoTime;
}

/** An invitation to a team by email: pending until the invitee answers or an owner revokes it; it expires. */
export interface TeamInvitationsTable {
  id: string;
  team_id: string;
  /** Lower-cased. */
  email: string;
  role: 'owner' | 'interviewer';
  invited_by: string;
  status: 'pending' | 'accepted' | 'declined' | 'revoked';
  created_at: IsoTime;
  expires_at: IsoTime;
  answered_at: IsoTime | null;
}

/** A link a candidate practises a kit with: the SHA-256 of its token, never the token. */
export interface KitPracticeLinksTable {
  token_hash: string;
  kit_id: string;
  created_at: IsoTime;
  expires_at: IsoTime;
}
