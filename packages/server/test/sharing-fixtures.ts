// Test data for sharing: accounts, a session whose first answer has a recording of a known length, and a session
// with a typed answer to comment on sentence by sentence.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

export const RECORDING_SECONDS = 14;
export const TYPED_ANSWER = 'An index is a sorted copy of a column. It speeds up reads. Writes get slower.';

export type Account = Awaited<ReturnType<typeof signUp>>;

export async function sharingApp(t: TestApp) {
  await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
}

export function as(t: TestApp, account: Account | undefined) {
  return (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { ...ORIGIN, ...(account ? { cookie: account.cookie } : {}) },
      ...(payload ? { payload } : {}),
    });
}

/** A started interview whose first answer is spoken, with a stored recording of RECORDING_SECONDS. */
export async function sessionWithRecording(t: TestApp, owner: Account) {
  const interviewId = await startInterview(t.app, owner.cookie);
  const recordingId = randomUUID();
  const path = `recordings/${recordingId}.webm`;
  mkdirSync(join(t.deps.config.dataDir, 'recordings'), { recursive: true });
  writeFileSync(join(t.deps.config.dataDir, path), Buffer.from('0123456789'));
  await t.deps.recordings.add({
    ...{ id: recordingId, userId: owner.user.id, answerId: `${interviewId}:0.0`, path },
    ...{ mime: 'audio/webm', bytes: 10, sha256: '0'.repeat(64), durationSec: RECORDING_SECONDS },
    createdAt: new Date().toISOString(),
  });
  const answered = await as(t, owner)('POST', `/api/v1/interviews/${interviewId}/answers`, {
    turnId: '0.0',
    mode: 'audio',
    expectedVersion: 1,
  });
  if (answered.statusCode !== 200) throw new Error(`answer failed: ${answered.statusCode} ${answered.body}`);
  return { interviewId, recordingId };
}

/** A started interview whose first answer is typed (three sentences). */
export async function typedSession(t: TestApp, owner: Account) {
  const interviewId = await startInterview(t.app, owner.cookie);
  const answered = await as(t, owner)('POST', `/api/v1/interviews/${interviewId}/answers`, {
    turnId: '0.0',
    mode: 'typed',
    text: TYPED_ANSWER,
    expectedVersion: 1,
  });
  if (answered.statusCode !== 200) throw new Error(`answer failed: ${answered.statusCode} ${answered.body}`);
  return interviewId;
}

/** A coach's account: signed up, then given the coach role by the administrator. */
export async function coachAccount(t: TestApp, admin: Account): Promise<Account> {
  const coach = await signUp(t.app);
  await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/users/${coach.user.id}/role`,
    headers: { ...ORIGIN, cookie: admin.cookie },
    payload: { role: 'coach' },
  });
  return coach;
}

/** Shares by the API as the owner; returns the created share (with its link for a link). */
export async function share(t: TestApp, owner: Account, body: object) {
  const response = await as(t, owner)('POST', '/api/v1/shares', body);
  if (response.statusCode !== 201) throw new Error(`share failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; link: { token: string; url: string } | null }>();
}
