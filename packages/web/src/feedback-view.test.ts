import { describe, expect, it } from 'vitest';
import { markEvidence, MAX_IMPROVEMENTS, strengthsToShow, topImprovements } from './feedback-view.ts';

const point = (label: string, evidence: string | null, covered = evidence !== null) => ({
  id: label.toLowerCase().replaceAll(' ', '-'),
  label,
  weight: 2,
  covered,
  strength: covered ? 1 : 0,
  evidence,
  denied: false,
  probe: `What about ${label}?`,
});

const ANSWER =
  'An index is a sorted copy of a column. It makes lookups fast because the database\nskips the scan. Writes get slower.';

describe('the answer with its evidence marked', () => {
  it('marks each sentence that made a point where it stands, numbered as the points are', () => {
    const pieces = markEvidence(ANSWER, [
      point('Sorted structure', 'An index is a sorted copy of a column.'),
      point('Missing point', null),
      point('Write cost', 'Writes get slower.'),
    ]);
    expect(pieces).toEqual([
      { text: 'An index is a sorted copy of a column.', points: [1] },
      { text: ' It makes lookups fast because the database\nskips the scan. ', points: [] },
      { text: 'Writes get slower.', points: [3] },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(ANSWER);
  });

  it('finds a sentence the analysis re-spaced, and gives one sentence all the points it made', () => {
    const respaced = 'It makes lookups fast because the database skips the scan.';
    expect(markEvidence(ANSWER, [point('Speed', respaced), point('No scan', respaced)])[1]).toEqual({
      text: 'It makes lookups fast because the database\nskips the scan.',
      points: [1, 2],
    });
  });

  it('marks the sentence, not the blank line before it', () => {
    const text = 'First paragraph.\n\nSecond one here.';
    expect(markEvidence(text, [point('Second', '\n\nSecond one here.')])).toEqual([
      { text: 'First paragraph.\n\n', points: [] },
      { text: 'Second one here.', points: [1] },
    ]);
  });

  it('leaves out evidence the text does not hold (a corrected transcript)', () => {
    expect(markEvidence('Something else entirely.', [point('Speed', 'Lookups are fast.')])).toEqual([
      { text: 'Something else entirely.', points: [] },
    ]);
  });
});

describe('what the card says beside the key points', () => {
  it('lists at most three improvements, the costliest first as the analysis orders them', () => {
    const all = ['first', 'second', 'third', 'fourth', 'fifth'];
    expect(topImprovements(all)).toEqual(['first', 'second', 'third']);
    expect(MAX_IMPROVEMENTS).toBe(3);
  });

  it('repeats neither a ticked key point nor a quote of the answer shown above', () => {
    const points = [point('Sorted structure', 'An index is a sorted copy of a column.')];
    expect(
      strengthsToShow(
        [
          'You made the point "Sorted structure".',
          'You weighed a trade-off: "Writes get slower."',
          'You walked through the design in steps.',
        ],
        points,
        ANSWER,
      ),
    ).toEqual(['You weighed a trade-off.', 'You walked through the design in steps.']);
  });
});
