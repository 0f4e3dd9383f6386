import { describe, expect, it } from 'vitest';
import { answerParagraphs, formatDueIn, formatInterval, gradeForKey, utcOffsetMinutes } from './study-format.ts';

describe('study mode words', () => {
  it('writes intervals as Anki does', () => {
    expect([0.5, 1, 10, 59, 60, 360, 1439, 1440, 4 * 1440, 45 * 1440, 548 * 1440].map(formatInterval)).toEqual([
      '<1 min',
      '1 min',
      '10 min',
      '59 min',
      '1 h',
      '6 h',
      '1 d',
      '1 d',
      '4 d',
      '2 mo',
      '1.5 y',
    ]);
  });

  it('says when something is due from now', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(formatDueIn('2026-03-02T12:00:00Z', now)).toBe('in 3 h');
    expect(formatDueIn('2026-03-02T08:00:00Z', now)).toBe('now');
  });

  it('maps the keys 1–4 to the grades, and nothing else', () => {
    expect(['1', '2', '3', '4', '5', ' '].map(gradeForKey)).toEqual(['again', 'hard', 'good', 'easy', null, null]);
  });

  it('gives the offset east of UTC', () => {
    const date = new Date('2026-03-02T09:00:00Z');
    expect(utcOffsetMinutes(date)).toBe(-date.getTimezoneOffset() || 0);
  });

  it("joins a model answer's wrapped lines, and breaks paragraphs where a sentence ends a line", () => {
    const text =
      'I built the REST API for a room-booking app, consumed by our React front\nend and a mobile app.\nMy approach starts\nwith the people calling it.\n';
    expect(answerParagraphs(text)).toEqual([
      'I built the REST API for a room-booking app, consumed by our React front end and a mobile app.',
      'My approach starts with the people calling it.',
    ]);
  });
});
