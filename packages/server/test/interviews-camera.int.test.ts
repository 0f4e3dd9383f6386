// Camera presence of video answers: the browser sends its per-frame judgements with the answer; the server bounds
// them, keeps its own summary with the turn, shows it with its feedback, and weighs it into the delivery score.
import {
  computeDeliveryMetrics,
  scoreDelivery,
  summarizeCameraPresence,
  type CameraPresenceFeedback,
  type CameraPresenceSummary,
  type CameraSample,
  type TimedWord,
} from '@rehearse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpokenResult } from '../src/modules/answers/spoken.schemas.ts';
import { availableDialects, buildTestApp, ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { indexingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

const ANSWER =
  'Alpha is the heart of it, because it keeps the lookup cheap: the database walks a small sorted structure ' +
  'instead of scanning every row. For example, in an orders table an index on the customer id means fetching ' +
  "one customer's orders touches a few pages, not millions of rows. The trade-off is that every insert has to " +
  'do extra work, so I would measure before adding more.';

/** What a transcription of ANSWER spoken at a steady 150 words a minute would have stored with the turn. */
function spokenAnswer(): SpokenResult {
  const words: TimedWord[] = ANSWER.split(' ').map((word, index) => ({
    word,
    start: index * 0.4,
    end: index * 0.4 + 0.35,
    confidence: 0.9,
  }));
  const delivery = computeDeliveryMetrics(words, { targetSeconds: indexingQuestion.targetSeconds });
  const { score, explanation } = scoreDelivery(delivery);
  return {
    text: ANSWER,
    transcript: { text: ANSWER, words, confidence: 0.9, engine: 'fake' },
    delivery,
    deliveryScore: { score, explanation },
    needsReview: false,
  };
}

/** `count` frames two a second, a face in the first `withFace`, looking at the camera in the first `looking`. */
function frames(count: number, withFace: number, looking: number): CameraSample[] {
  return Array.from({ length: count }, (_, i) => ({
    atSeconds: i * 0.5,
    faceInFrame: i < withFace,
    lookingAtCamera: i < looking,
  }));
}

interface View {
  id: string;
  state: { version: number };
  turns: {
    turnId: string;
    mode: string;
    status: string;
    camera: (CameraPresenceSummary & CameraPresenceFeedback) | null;
    analysis: { scores: { delivery: number | null }; explanations: { delivery: string | null } } | null;
  }[];
}
interface Problem {
  status: number;
  errors?: { field: string; message: string }[];
}

describe.each(dialects)('camera presence of video answers on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion], { retireMissing: true });
  });
  afterAll(async () => t.close());

  async function call<T = View>(cookie: string, method: 'GET' | 'POST', url: string, payload?: object) {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...ORIGIN, cookie },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json<T>() };
  }

  /** A started interview whose first answer is being recorded (version 2). */
  async function answering(cookie: string): Promise<string> {
    const id = await startInterview(t.app, cookie);
    await call(cookie, 'POST', `/api/v1/interviews/${id}/events`, { event: 'begin-answer', expectedVersion: 1 });
    return id;
  }

  /** As if the recording had arrived and been transcribed; then the analysis task runs. */
  async function transcribedAndAnalysed(cookie: string, id: string, spoken: SpokenResult): Promise<View['turns'][0]> {
    await t.deps.database.db
      .updateTable('interview_turns')
      .set({ spoken: JSON.stringify(spoken), status: 'queued' })
      .where('id', '=', `${id}:0.0`)
      .execute();
    await t.deps.answers.analyse(`${id}:0.0`);
    return (await call(cookie, 'GET', `/api/v1/interviews/${id}`)).body.turns[0]!;
  }

  it("keeps the server's own summary of a video answer's frames and shows it with its feedback", async () => {
    const { cookie } = await signUp(t.app);
    const id = await answering(cookie);
    const samples = frames(40, 30, 20);
    const submitted = await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, {
      turnId: '0.0',
      mode: 'video',
      expectedVersion: 2,
      // A client's own figures are not trusted: unknown fields are dropped and the server summarises the frames.
      camera: { samples, summary: { faceInFrameShare: 1, lookingAtCameraShare: 1 } },
    });
    expect(submitted.status).toBe(200);
    const turn = submitted.body.turns[0]!;
    expect(turn).toMatchObject({ mode: 'video', status: 'recording' });
    expect(turn.camera).toMatchObject({
      framesAnalysed: 40,
      secondsCovered: 19.5,
      faceInFrameShare: 0.75,
      lookingAtCameraShare: 0.5,
      reliable: true,
    });
    expect(turn.camera!.explanation).toContain('Face in frame 75% of the time and looking at the camera 50%');
    expect(turn.camera!.improvement).toContain('Your face was out of the frame 25% of the time');

    const row = await t.deps.database.db
      .selectFrom('interview_turns')
      .select('camera')
      .where('id', '=', `${id}:0.0`)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.camera!)).toEqual(summarizeCameraPresence(samples));
  });

  it('refuses camera data out of bounds or with an answer that is not on video, naming the field and storing nothing', async () => {
    const { cookie } = await signUp(t.app);
    const id = await answering(cookie);
    const sample = { atSeconds: 1, faceInFrame: true, lookingAtCamera: true };
    const cases: [object, string][] = [
      [{ mode: 'video', camera: { samples: Array(3_601).fill(sample) } }, 'body.camera.samples'],
      [{ mode: 'video', camera: { samples: [] } }, 'body.camera.samples'],
      [{ mode: 'video', camera: { samples: [{ ...sample, atSeconds: -2 }] } }, 'body.camera.samples.0.atSeconds'],
      [{ mode: 'video', camera: { samples: [{ ...sample, atSeconds: 901 }] } }, 'body.camera.samples.0.atSeconds'],
      [
        { mode: 'video', camera: { samples: [sample, { ...sample, faceInFrame: 1 }] } },
        'body.camera.samples.1.faceInFrame',
      ],
      [{ mode: 'audio', camera: { samples: [sample] } }, 'body.camera'],
      [{ mode: 'typed', text: 'An answer.', camera: { samples: [sample] } }, 'body.camera'],
    ];
    for (const [answer, field] of cases) {
      const refused = await call<Problem>(cookie, 'POST', `/api/v1/interviews/${id}/answers`, {
        turnId: '0.0',
        expectedVersion: 2,
        ...answer,
      });
      expect(refused.status, field).toBe(400);
      expect(refused.body.errors?.map((error) => error.field)).toContain(field);
    }
    const after = await call(cookie, 'GET', `/api/v1/interviews/${id}`);
    expect(after.body.state.version).toBe(2);
    expect(after.body.turns).toEqual([]);
  });

  it('weighs camera presence into the delivery of a video answer, with advice in its explanation', async () => {
    const { cookie } = await signUp(t.app);
    const id = await answering(cookie);
    // In frame 30% of the time and looking at the camera 10%: well under both thresholds.
    const samples = frames(20, 6, 2);
    await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, {
      turnId: '0.0',
      mode: 'video',
      expectedVersion: 2,
      camera: { samples },
    });
    const spoken = spokenAnswer();
    const turn = await transcribedAndAnalysed(cookie, id, spoken);
    expect(turn.status).toBe('analysed');
    const expected = scoreDelivery(spoken.delivery, { camera: summarizeCameraPresence(samples) });
    expect(turn.analysis!.scores.delivery).toBe(expected.score);
    expect(turn.analysis!.scores.delivery).toBeLessThan(spoken.deliveryScore.score);
    expect(turn.analysis!.explanations.delivery).toContain('Your face was out of the frame 70% of the time');
    expect(turn.camera).toMatchObject({ faceInFrameShare: 0.3, lookingAtCameraShare: 0.1, score: 0 });
  });

  it('scores delivery of spoken answers without camera data exactly as before', async () => {
    for (const mode of ['audio', 'video']) {
      const { cookie } = await signUp(t.app);
      const id = await answering(cookie);
      await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, { turnId: '0.0', mode, expectedVersion: 2 });
      const spoken = spokenAnswer();
      const turn = await transcribedAndAnalysed(cookie, id, spoken);
      expect(turn.camera).toBeNull();
      expect(turn.analysis!.scores.delivery).toBe(spoken.deliveryScore.score);
      expect(turn.analysis!.explanations.delivery).toBe(spoken.deliveryScore.explanation);
    }
  });
});
