import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { DueCounts } from '../study/DueCounts.tsx';
import { FlashCard } from '../study/FlashCard.tsx';
import { questionQuery, queueQuery } from '../study/queries.ts';
import { formatDueIn } from '../study/study-format.ts';
import '../study/study.css';

/** A study session: the queue's cards one after another, until nothing is due. */
export function FlashCardsPage() {
  const search = useSearch({ from: '/study/cards' });
  const scope = { category: search.category, level: search.level, round: search.round };
  const queryClient = useQueryClient();
  const [studied, setStudied] = useState(0);
  const queue = useQuery(queueQuery(scope, 2));
  const current = queue.data?.cards[0];
  const following = queue.data?.cards[1];
  // The next card's answer is fetched while this one is studied, so revealing it does not wait.
  useEffect(() => {
    if (following) void queryClient.prefetchQuery(questionQuery(following.questionId));
  }, [following, queryClient]);

  const next = async () => {
    setStudied((count) => count + 1);
    await queryClient.invalidateQueries({ queryKey: ['study-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['study-checklist'] });
  };

  return (
    <section aria-labelledby="session-title" className="study-session">
      <p>
        <Link to="/study" search={scope}>
          ← Study
        </Link>
      </p>
      <h1 id="session-title">Flash cards</h1>
      <ProblemMessage error={queue.error} />
      {queue.data && (
        <div className="session-status">
          <DueCounts counts={queue.data.counts} label="Still due" />
          <p className="hint" aria-live="polite">
            {studied > 0 ? `${studied} studied this session.` : 'Space reveals the answer; 1–4 grade it.'}
          </p>
        </div>
      )}
      {queue.isPending && <p aria-live="polite">Loading…</p>}
      {current && <FlashCard key={`${current.questionId}:${current.reps}`} card={current} onGraded={next} />}
      {queue.data && !current && (
        <div className="card empty-state" role="status">
          <h2>Nothing is due</h2>
          <p>
            {studied > 0 ? `Well done: ${studied} studied. ` : ''}
            {queue.data.nextDue
              ? `The next card is due ${formatDueIn(queue.data.nextDue, Date.now())}.`
              : 'Every card is studied for now.'}
            {queue.data.heldBack.review > 0 &&
              ` ${queue.data.heldBack.review} more reviews wait for tomorrow: today's limit is reached.`}
          </p>
          <p>
            <Link to="/study" search={scope}>
              See the checklist
            </Link>{' '}
            or <Link to="/practice">practise a mock interview</Link>.
          </p>
        </div>
      )}
    </section>
  );
}
