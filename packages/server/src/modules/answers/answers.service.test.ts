// The answers service with every port faked: an in-memory repository, a transcriber that says what it is told,
// an analysis that covers the key points whose ids the answer names, and an interview that records what it hears.
import {
  computeDeliveryMetrics,
  scoreDelivery,
  type AnswerAnalysis,
  type CameraPresenceSummary,
  type DeliveryInput,
  type HeardAnswer,
  type Question,
  type TimedWord,
} from '@rehearse/core';
import { describe, expect, it } from 'vitest';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { makeQuestion } from '../../../test/fixtures/questions.ts';
import { inMemoryUnitsOfWork } from '../../../test/fixtures/unit-of-work.ts';
import type { AnswerOutcome, InterviewOfAnswer } from './answer-ports.ts';
import type { AnswerChanges, AnswerRepository, StoredAnswer } from './answers.repository.ts';
import { createAnswerService, type NewAnswer } from './answers.service.ts';

const question = makeQuestion({ id: 'indexing' });

/** Answers in a map; a unit of work applies its changes only when its work resolves. */
function inMemory() {
  const answers = new Map<string, StoredAnswer>();
  const scheduled: { answerId: string; attempt?: string }[] = [];
  const { write, runInUnitOfWork } = inMemoryUnitsOfWork();
  const change = (id: string, changes: AnswerChanges) => {
    const answer = answers.get(id)!;
    answers.set(id, { ...answer, ...(changes as Partial<StoredAnswer>) });
  };
  const repository: Partial<AnswerRepository> = {
    find: (id) => Promise.resolve(answers.get(id)),
    ofInterview: (interviewId) =>
      Promise.resolve([...answers.values()].filter((answer) => answer.interviewId === interviewId)),
    insert: (uow, answer) => Promise.resolve(write(uow, () => answers.set(answer.id, answer))),
    update: (uow, id, changes) => Promise.resolve(write(uow, () => change(id, changes))),
    // The status is checked and changed in one step, as the database's conditional UPDATE does.
    updateIn: (_uow, id, status, changes) => {
      if (answers.get(id)?.status !== status) return Promise.resolve(false);
      change(id, changes);
      return Promise.resolve(true);
    },
  };
  const scheduleAnalysis = (answerId: string, _uow: UnitOfWork, attempt?: string) => {
    scheduled.push({ answerId, ...(attempt ? { attempt } : {}) });
    return Promise.resolve();
  };
  return { answers, scheduled, repository: repository as AnswerRepository, runInUnitOfWork, scheduleAnalysis };
}

/** Covers the key points whose ids the text names; the delivery it was given shows in its scores. */
function fakeAnalysis(q: Question, text: string, delivery: DeliveryInput | undefined): AnswerAnalysis {
  const keyPoints = q.keyPoints.map((point) => ({
    id: point.id,
    label: point.label,
    weight: point.weight,
    covered: text.split(/\W+/).includes(point.id),
    strength: 1,
    evidence: text,
    denied: false,
    probe: point.probe,
  }));
  return {
    questionId: q.id,
    verdict: 'assessed',
    scores: { overall: 50, content: 50, structure: 50, delivery: delivery?.score ?? null },
    explanations: { overall: '', content: '', structure: '', delivery: delivery?.explanation ?? null },
    keyPoints,
    misconceptions: [],
    depth: [],
    structure: { kind: 'explanation', parts: [] },
    substance: {
      wordCount: text.split(' ').length,
      sentenceCount: 1,
      listShare: 0,
      verbsPerClause: 1,
      fillerShare: 0,
      emptySentenceShare: 0,
      lengthRatio: 1,
      buzzwordList: false,
      admitsNotKnowing: false,
      addressesGrader: false,
      overclaims: [],
    },
    relevance: { topicShare: 1, seemsToAnswer: null, rankRatio: null },
    strengths: [],
    improvements: [],
  };
}

function heard(text: string): HeardAnswer {
  const words: TimedWord[] = text
    .split(' ')
    .map((word, i) => ({ word, start: i * 0.4, end: i * 0.4 + 0.3, confidence: 0.9 }));
  return {
    transcript: { text, words, confidence: 0.9, engine: 'fake' },
    audioSeconds: words.length * 0.4,
    delivery: computeDeliveryMetrics(words, { targetSeconds: question.targetSeconds }),
    needsReview: false,
  };
}

function setUp(options: { transcribe?: boolean; probe?: string | null; llm?: string } = {}) {
  const store = inMemory();
  const recordings = new Map<string, { id: string; sha256: string }>();
  const told: { ready: { answerId: string; outcome: AnswerOutcome }[]; changed: string[] } = { ready: [], changed: [] };
  const heardPaths: string[] = [];
  const delivered: (DeliveryInput | undefined)[] = [];
  const interview: InterviewOfAnswer = {
    followUpContext: () =>
      Promise.resolve({ probedKeyPointId: options.probe ?? null, probed: options.probe ? [options.probe] : [] }),
    analysisReady: (_uow, answer, outcome) => Promise.resolve(void told.ready.push({ answerId: answer.id, outcome })),
    changed: (answer, change) => void told.changed.push(`${answer.id} ${change}`),
  };
  const service = createAnswerService({
    repository: store.repository,
    runInUnitOfWork: store.runInUnitOfWork,
    scheduleAnalysis: store.scheduleAnalysis,
    questions: { get: () => Promise.resolve({ question, retired: false, ownerId: null } as never) },
    recordings: {
      forAnswer: (answerId) => Promise.resolve(recordings.get(answerId)),
      locate: (id) => {
        const found = [...recordings.values()].find((r) => r.id === id);
        return Promise.resolve(found && { recording: found, path: `/recordings/${id}` });
      },
      stillStored: (ids) => Promise.resolve(new Set(ids)),
    },
    transcription:
      options.transcribe === false
        ? null
        : {
            hear: (recording) => {
              heardPaths.push(recording.path);
              return Promise.resolve(heard('I would add an index: one two, because lookups get cheap'));
            },
          },
    analyze: (q, text, delivery) => {
      delivered.push(delivery);
      return Promise.resolve(fakeAnalysis(q, text, delivery));
    },
    narrate: options.llm
      ? () => Promise.resolve({ narrative: 'n', followUpQuestions: [options.llm!], model: 'fake' })
      : undefined,
    interview,
    now: () => new Date('2026-12-07T12:00:00Z'),
  });
  const record = (input: Partial<NewAnswer> = {}) =>
    store.runInUnitOfWork((uow) =>
      service.record(uow, {
        interviewId: 'iv',
        turnId: '0.0',
        userId: 'u1',
        questionId: question.id,
        kind: 'question',
        prompt: question.prompt,
        mode: 'audio',
        text: null,
        camera: null,
        ...input,
      }),
    );
  const finishUpload = (answerId = 'iv:0.0') => recordings.set(answerId, { id: `rec-${answerId}`, sha256: 'ab' });
  return { ...store, service, record, finishUpload, told, heardPaths, delivered };
}

describe('answers service', () => {
  it('queues a typed answer for analysis in the unit of work that records it', async () => {
    const t = setUp();
    await t.record({ mode: 'typed', text: 'one' });
    expect(t.answers.get('iv:0.0')).toMatchObject({ status: 'queued', text: 'one', recordingId: null });
    expect(t.scheduled).toEqual([{ answerId: 'iv:0.0' }]);
  });

  it('records nothing and schedules nothing when the unit of work fails', async () => {
    const t = setUp();
    const failing = t.runInUnitOfWork(async (uow) => {
      await t.service.record(uow, {
        ...{ interviewId: 'iv', turnId: '0.0', userId: 'u1', questionId: question.id, kind: 'question' },
        ...{ prompt: '', mode: 'typed', text: 'one', camera: null },
      });
      throw new Error('the interview moved on');
    });
    await expect(failing).rejects.toThrow('moved on');
    expect(t.answers.size).toBe(0);
  });

  it('attaches a recording that finished before the answer was submitted, once', async () => {
    const t = setUp();
    t.finishUpload();
    expect(await t.service.recordingReady({ userId: 'u1', answerId: 'iv:0.0' })).toBe(false); // no answer yet
    await t.record();
    expect(t.answers.get('iv:0.0')!.status).toBe('recording');
    expect(await t.service.settleRecording('iv:0.0', 'u1')).toBe(true);
    expect(await t.service.recordingReady({ userId: 'u1', answerId: 'iv:0.0' })).toBe(false);
    expect(t.answers.get('iv:0.0')).toMatchObject({ status: 'queued', recordingId: 'rec-iv:0.0' });
    expect(t.scheduled).toEqual([{ answerId: 'iv:0.0' }]);
    expect(t.told.changed).toEqual(['iv:0.0 state']);
  });

  it('lets only one of a submission and an upload finishing at the same moment schedule the analysis', async () => {
    const t = setUp();
    await t.record();
    t.finishUpload();
    const results = await Promise.all([
      t.service.settleRecording('iv:0.0', 'u1'),
      t.service.recordingReady({ userId: 'u1', answerId: 'iv:0.0' }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(t.scheduled).toHaveLength(1);
  });

  it("never attaches a recording to someone else's answer, nor one still waiting for its upload", async () => {
    const t = setUp();
    await t.record();
    expect(await t.service.settleRecording('iv:0.0', 'u1')).toBe(false); // the upload has not finished
    t.finishUpload();
    expect(await t.service.recordingReady({ userId: 'u2', answerId: 'iv:0.0' })).toBe(false);
    expect(t.answers.get('iv:0.0')!.status).toBe('recording');
    expect(t.scheduled).toEqual([]);
  });

  it('hears a spoken answer once and scores its delivery once, with the camera weighed in', async () => {
    const t = setUp();
    const camera: CameraPresenceSummary = {
      framesAnalysed: 20,
      secondsCovered: 10,
      faceInFrameShare: 0.3,
      lookingAtCameraShare: 0.1,
      reliable: true,
    } as CameraPresenceSummary;
    await t.record({ mode: 'video', camera });
    t.finishUpload();
    await t.service.settleRecording('iv:0.0', 'u1');
    await t.service.analyse('iv:0.0');
    const answer = t.answers.get('iv:0.0')!;
    const expected = scoreDelivery(answer.spoken!.delivery, { camera });
    expect(t.delivered).toEqual([{ score: expected.score, explanation: expected.explanation }]);
    expect(answer.spoken!.deliveryScore.score).toBe(expected.score);
    expect(expected.score).toBeLessThan(scoreDelivery(answer.spoken!.delivery).score);
    expect(answer).toMatchObject({ status: 'analysed', text: answer.spoken!.text, error: null });
    expect(t.heardPaths).toEqual(['/recordings/rec-iv:0.0']);

    // The candidate corrects the transcript: analysed again on their words, the recording not heard again.
    await t.service.correctTranscript('iv:0.0', '0.0', 'one two three');
    expect(t.scheduled.at(-1)?.answerId).toBe('iv:0.0');
    expect(t.scheduled.at(-1)?.attempt).toMatch(/^edit-/);
    await t.service.analyse('iv:0.0');
    expect(t.heardPaths).toHaveLength(1);
    expect(t.answers.get('iv:0.0')!.analysis!.keyPoints.every((point) => point.covered)).toBe(true);
    expect(t.delivered[1]).toEqual(t.delivered[0]);
  });

  it('tells the interview what is still missing, with the point to probe first worded by the language model', async () => {
    const t = setUp({ llm: 'Why does the second point matter here?' });
    await t.record({ mode: 'typed', text: 'one' });
    await t.service.analyse('iv:0.0');
    const [ready] = t.told.ready;
    expect(ready!.outcome.assessable).toBe(true);
    expect(ready!.outcome.missed.map((point) => [point.id, point.probe])).toEqual([
      ['two', 'Why does the second point matter here?'],
      ['three', question.keyPoints[2]!.probe],
    ]);
    expect(t.told.changed).toEqual(['iv:0.0 turn-analysed']);
    // Analysing again (a job retried after a crash) changes nothing.
    await t.service.analyse('iv:0.0');
    expect(t.told.ready).toHaveLength(1);
  });

  it('scores a follow-up on the point it probed, never asking again what an earlier answer made', async () => {
    const t = setUp({ probe: 'two' });
    await t.record({ mode: 'typed', text: 'one' });
    await t.service.analyse('iv:0.0');
    await t.record({ turnId: '0.1', kind: 'follow-up', mode: 'typed', text: 'two' });
    await t.service.analyse('iv:0.1');
    const followUp = t.answers.get('iv:0.1')!.analysis!;
    expect(followUp.followUp).toMatchObject({ keyPointId: 'two', made: true });
    expect(t.told.ready[1]!.outcome.missed.map((point) => point.id)).toEqual(['three']);
  });

  it('fails a spoken answer without speech-to-text, and the interview goes on without waiting for it', async () => {
    const t = setUp({ transcribe: false });
    await t.record();
    t.finishUpload();
    await t.service.settleRecording('iv:0.0', 'u1');
    await expect(t.service.analyse('iv:0.0')).rejects.toMatchObject({ code: 'transcription-unavailable' });
    await t.service.markFailed('iv:0.0', 'No speech-to-text');
    expect(t.answers.get('iv:0.0')).toMatchObject({ status: 'failed', error: 'No speech-to-text' });
    expect(t.told.ready).toEqual([{ answerId: 'iv:0.0', outcome: { missed: [], assessable: false } }]);
    await t.service.retry('iv:0.0', '0.0');
    expect(t.answers.get('iv:0.0')).toMatchObject({ status: 'queued', error: null });
    await expect(t.service.retry('iv:0.0', '0.0')).rejects.toMatchObject({ code: 'turn-not-failed' });
  });
});
