import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ANSWER_MAX_CHARS } from '@rehearse/core/limits';
import { api, data } from '../api.ts';
import { Feedback, FeedbackPending } from '../components/Feedback.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { words } from '../interview-words.ts';
import { Prompt, RichText } from '../components/RichText.tsx';

export function QuestionPage() {
  const { id } = useParams({ from: '/questions/$id' });
  const question = useQuery({
    queryKey: ['question', id],
    queryFn: () => data(api.GET('/api/v1/questions/{id}', { params: { path: { id } } })),
  });
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState('');
  const analyse = useMutation({
    mutationFn: () => data(api.POST('/api/v1/analyses', { body: { questionId: id, answer } })),
  });

  if (question.error) return <ProblemMessage error={question.error} />;
  if (!question.data) return <p aria-live="polite">Loading…</p>;
  const q = question.data;

  return (
    <article aria-labelledby="question-title">
      <p>
        <Link to="/questions">← Question bank</Link>
      </p>
      <Prompt prompt={q.prompt} as="h1" id="question-title" />
      <div className="meta">
        <span className="badge">{words(q.category)}</span>
        <span className="badge">{q.level}</span>
        <span className="badge">{words(q.round)}</span>
        <span className="hint">Aim for about {Math.round(q.targetSeconds / 60)} min spoken</span>
      </div>

      <section className="card" aria-labelledby="practice-title">
        <h2 id="practice-title">Your answer</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            analyse.mutate();
          }}
        >
          <label htmlFor="answer" className="visually-hidden">
            Your answer
          </label>
          <textarea
            id="answer"
            rows={8}
            value={answer}
            maxLength={ANSWER_MAX_CHARS}
            onChange={(event) => setAnswer(event.target.value)}
            placeholder="Answer as you would out loud: explain, give an example, name the trade-offs."
          />
          <button type="submit" className="primary" disabled={analyse.isPending || answer.trim() === ''}>
            {analyse.isPending ? 'Analysing…' : 'Get feedback'}
          </button>
        </form>
        <ProblemMessage error={analyse.error} />
        {analyse.isPending && <FeedbackPending status="Analysing…" />}
        {analyse.data && <Feedback record={analyse.data} answer={analyse.data.answer} />}
      </section>

      <section className="card" aria-labelledby="model-title">
        <h2 id="model-title">Model answer and key points</h2>
        {!revealed ? (
          <>
            <p className="hint">Think about your own answer first. Then compare.</p>
            <button type="button" onClick={() => setRevealed(true)} aria-expanded={false} aria-controls="model-answer">
              Reveal the model answer
            </button>
          </>
        ) : (
          <div id="model-answer">
            <h3>Key points</h3>
            <ul className="key-points">
              {q.keyPoints.map((point) => (
                <li key={point.id}>
                  <strong>{point.label}</strong> <span className="hint">(weight {point.weight})</span>
                  <div className="hint">If missing, an interviewer asks: “{point.probe}”</div>
                </li>
              ))}
            </ul>
            <h3>Model answer</h3>
            <RichText text={q.modelAnswer} className="model-answer" />
            {q.misconceptions.length > 0 && (
              <>
                <h3>Common misconceptions</h3>
                <ul>
                  {q.misconceptions.map((m) => (
                    <li key={m.id}>
                      <strong>{m.claim}</strong> {m.correction}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {q.greatAnswerAdds.length > 0 && (
              <>
                <h3>What a great answer adds</h3>
                <ul>
                  {q.greatAnswerAdds.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
            {q.redFlags.length > 0 && (
              <>
                <h3>Red flags</h3>
                <ul>
                  {q.redFlags.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </section>
    </article>
  );
}
