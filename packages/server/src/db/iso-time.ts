/** Timestamps are ISO-8601 strings on both databases, so rows compare and sort the same everywhere. */
export type IsoTime = string;
