import type { Schemas } from '../api.ts';

type Counts = Schemas['StudyQueue']['counts'];

/** Anki's three numbers: new (within today's limit), learning, and reviews due, each with its word. */
export function DueCounts({ counts, label = 'Due now' }: { counts: Counts; label?: string }) {
  return (
    <dl className="due-counts" aria-label={label}>
      <div className="due new">
        <dt>New</dt>
        <dd>{counts.new}</dd>
      </div>
      <div className="due learning">
        <dt>Learning</dt>
        <dd>{counts.learning}</dd>
      </div>
      <div className="due review">
        <dt>To review</dt>
        <dd>{counts.review}</dd>
      </div>
    </dl>
  );
}

export const totalDue = (counts: Counts) => counts.new + counts.learning + counts.review;
