import { describe, expect, it } from 'vitest';
import { promptBody, promptLead, promptWords, unwrapLines } from './prompt-text.ts';

const REVIEW = [
  'What would you flag in a review',
  'of this function?',
  '',
  '```js',
  'async function getUser(id) {',
  '  return db.query(id);',
  '}',
  '```',
].join('\n');

describe('unwrapLines', () => {
  it('joins the lines of a wrapped paragraph with spaces and keeps blank-line paragraphs', () => {
    expect(unwrapLines('The most serious problem\nis SQL injection.\n\nSecond, the error\nis swallowed.\n')).toBe(
      'The most serious problem is SQL injection.\n\nSecond, the error is swallowed.\n',
    );
  });

  it('keeps the lines of a fenced code block as they are', () => {
    expect(unwrapLines(REVIEW)).toBe(
      [
        'What would you flag in a review of this function?',
        '',
        '```js',
        'async function getUser(id) {',
        '  return db.query(id);',
        '}',
        '```',
      ].join('\n'),
    );
  });

  it('never joins a line that follows a code block into it', () => {
    expect(unwrapLines('```\ncode\n```\nafter the code\ngoes on')).toBe('```\ncode\n```\nafter the code goes on');
  });

  it('keeps an unclosed fence open to the end, as Markdown does', () => {
    expect(unwrapLines('Look:\n~~~\na\nb')).toBe('Look:\n~~~\na\nb');
  });
});

describe('the parts of a prompt', () => {
  it('says the words before the code, on one line, and keeps the code as the body', () => {
    expect(promptLead(REVIEW)).toBe('What would you flag in a review of this function?');
    expect(promptBody(REVIEW)).toBe('```js\nasync function getUser(id) {\n  return db.query(id);\n}\n```');
  });

  it('is all lead when there is no code block', () => {
    const prompt = 'What does ACID mean\nfor database transactions?';
    expect(promptLead(prompt)).toBe('What does ACID mean for database transactions?');
    expect(promptBody(prompt)).toBe('');
  });

  it('speaks inline code and emphasis as plain words', () => {
    expect(promptWords('Why does `GET /api/deleteUser?id=42` answer **200**?')).toBe(
      'Why does GET /api/deleteUser?id=42 answer 200?',
    );
  });
});
