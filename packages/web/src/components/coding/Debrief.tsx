import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ANSWER_MAX_CHARS } from '@rehearse/core/limits';
import { api, data } from '../../api.ts';
import {
  answersKey,
  readAnswers,
  writeStored,
  type CodeAttempt,
  type Debrief as DebriefView,
  type FollowUpAnswer,
} from '../../coding/coding.ts';
import { ProblemMessage } from '../ProblemMessage.tsx';

const VERDICTS: Record<FollowUpAnswer['analysis']['verdict'], string | null> = {
  assessed: null,
  'not-enough-to-assess': 'Not enough to assess yet: say a little more.',
  'off-topic': 'This reads as an answer to another question.',
};

/**
 * After a submit: the target complexity, what good code shows, and the interviewer's questions. Each answer is a
 * practice answer: its draft is kept in this browser as it is typed; "Get feedback" has it analysed like any answer
 * and kept with the attempt.
 */
export function Debrief({ attempt, debrief }: { attempt: CodeAttempt; debrief: DebriefView }) {
  const client = useQueryClient();
  const [drafts, setDrafts] = useState(() => readAnswers(attempt.problemId));
  const answered = new Map(debrief.answers.map((answer) => [answer.followUpId, answer]));
  const type = (followUpId: string, text: string) => {
    const next = { ...drafts, [followUpId]: text };
    setDrafts(next);
    writeStored(answersKey(attempt.problemId), JSON.stringify(next));
  };
  const send = useMutation({
    mutationFn: (body: { followUpId: string; answer: string }) =>
      data(api.POST('/api/v1/code-attempts/{id}/follow-ups', { params: { path: { id: attempt.id } }, body })),
    onSuccess: (answer) => {
      // The attempt on the page, and in the history, now carries this answer (in place of an earlier one).
      const withAnswer = (old: CodeAttempt | undefined) =>
        old?.debrief
          ? {
              ...old,
              debrief: {
                ...old.debrief,
                answers: [...old.debrief.answers.filter((a) => a.followUpId !== answer.followUpId), answer],
              },
            }
          : old;
      client.setQueryData(['code-attempt', attempt.id], withAnswer);
      client.setQueryData(['code-attempts', attempt.problemId], (old: { items: CodeAttempt[] } | undefined) =>
        old ? { items: old.items.map((item) => (item.id === attempt.id ? (withAnswer(item) ?? item) : item)) } : old,
      );
    },
  });

  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h3 id="debrief-title">Debrief</h3>
      <h4>Target complexity</h4>
      <dl className="complexity" data-testid="target-complexity">
        <div>
          <dt>Time</dt>
          <dd>{debrief.complexity.time}</dd>
        </div>
        <div>
          <dt>Space</dt>
          <dd>{debrief.complexity.space}</dd>
        </div>
      </dl>
      {debrief.goodCode.length > 0 && (
        <>
          <h4>What good code shows</h4>
          <ul>
            {debrief.goodCode.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {debrief.questions.length > 0 && (
        <>
          <h4>The interviewer&apos;s follow-up questions</h4>
          <p className="hint">
            Practice answers: type what you would say. Drafts are kept in this browser; “Get feedback” has an answer
            analysed and kept with this attempt.
          </p>
          <ol className="follow-ups">
            {debrief.questions.map((question) => {
              const last = answered.get(question.id);
              const text = drafts[question.id] ?? last?.answer ?? '';
              const pending = send.isPending && send.variables.followUpId === question.id;
              const failed = send.isError && send.variables.followUpId === question.id;
              return (
                <li key={question.id}>
                  <label htmlFor={`follow-up-${question.id}`}>{question.prompt}</label>
                  <textarea
                    id={`follow-up-${question.id}`}
                    rows={3}
                    maxLength={ANSWER_MAX_CHARS}
                    value={text}
                    onChange={(event) => type(question.id, event.target.value)}
                    placeholder="Your practice answer"
                  />
                  <button
                    type="button"
                    disabled={send.isPending || text.trim() === ''}
                    onClick={() => send.mutate({ followUpId: question.id, answer: text })}
                    aria-describedby={last ? `follow-up-score-${question.id}` : undefined}
                  >
                    {pending ? 'Analysing…' : last ? 'Get feedback again' : 'Get feedback'}
                  </button>
                  {failed && <ProblemMessage error={send.error} />}
                  {last && <AnswerFeedback answer={last} id={`follow-up-score-${question.id}`} />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** The analysis of a practice answer, briefly: its score, the points it made or missed, what to improve. */
function AnswerFeedback({ answer, id }: { answer: FollowUpAnswer; id: string }) {
  const { analysis } = answer;
  const verdict = VERDICTS[analysis.verdict];
  return (
    <div className="follow-up-feedback" aria-live="polite">
      <p id={id}>
        <strong data-testid="follow-up-score">Score {analysis.scores.overall}</strong> of 100
        {verdict && <> · {verdict}</>}
      </p>
      <ul className="key-points">
        {analysis.keyPoints.map((point) => (
          <li key={point.id} className={point.covered ? 'covered' : 'missed'}>
            <span aria-hidden="true">{point.covered ? '✔' : '✘'}</span> {point.label}
            <span className="visually-hidden">{point.covered ? ' made' : ' missing'}</span>
          </li>
        ))}
      </ul>
      {analysis.improvements.length > 0 && (
        <ul className="hint">
          {analysis.improvements.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
