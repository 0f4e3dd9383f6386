// Values the main thread shares with every pool thread once (the question bank), instead of with every call:
// the pool posts them to each thread before its first call and again when they change.
import type { Question } from '@rehearse/core';

/** The key the question bank is shared under: analysis weighs words and judges relevance against it. */
export const BANK = 'bank';

export interface SharedBank {
  version: string;
  questions: Question[];
}

const values = new Map<string, unknown>();

/** In a pool thread: the value last shared under `key`, if any. */
export const sharedValue = <T>(key: string): T | undefined => values.get(key) as T | undefined;

/** In a pool thread: called by the thread's entry point when the main thread shares a value. */
export const receiveShared = (key: string, value: unknown) => void values.set(key, value);
