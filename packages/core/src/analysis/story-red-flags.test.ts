// Red flags of a behavioral story, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../language/read-text.ts';
import { createQuestionIndex } from '../questions/search.ts';
import { analyzeAnswer } from './analyze-answer.ts';
import { findStoryRedFlags } from './story-red-flags.ts';
import { fixture, FIXTURE_QUESTIONS } from './test-fixtures/questions.ts';

const flagsOf = (story: string) => findStoryRedFlags(analyzeText(story)).map((flag) => flag.id);

describe('red flags of a story', () => {
  it.each([
    [
      'The deploy failed, but that was honestly the release team’s fault for skipping the canary.',
      'story-blames-others',
    ],
    ['The root cause was really ops not watching the dashboards.', 'story-blames-others'],
    ['I didn’t mention in the standup that the outage came from my script.', 'story-keeps-others-out'],
    ['I merged the schema change while she was on holiday, which saved a week.', 'story-keeps-others-out'],
    ['I said I wouldn’t touch the ticket until design handed over final mockups.', 'story-decides-alone'],
    ['Any requests after the kickoff I rejected outright.', 'story-decides-alone'],
    [
      'When an intern opens a pull request with problems, I just redo it myself so it lands faster.',
      'story-takes-over',
    ],
    ['I took over the cache rewrite she had started and demoed it to the directors.', 'story-takes-over'],
    ['Looking at it now, I’d do it the same way again.', 'story-nothing-to-learn'],
    ['My real weakness is that I’m a perfectionist.', 'story-nothing-to-learn'],
    ['Their design reviews were not a good use of my time, so I sent a junior instead.', 'story-dismisses-others'],
    ['I decided not to raise it, since the graphs looked normal by lunchtime.', 'story-keeps-others-out'],
  ])('flags "%s"', (story, flag) => {
    expect(flagsOf(story)).toContain(flag);
  });

  it.each([
    'It was my fault: my migration locked the orders table for twelve minutes.',
    'The root cause was a race in our retry logic, which I had written.',
    'I used to rewrite juniors’ code myself; now I pair with them and they keep the keyboard.',
    'Rather than decide alone, I put both options and their costs in front of the two leads.',
    'I refused to merge it until it had tests, and explained why in the review.',
    'I took over as incident commander and posted updates every fifteen minutes.',
    'I didn’t tell the customer until we had confirmed the cause with the database vendor.',
    'Early on I had a bad habit of redoing their pull requests myself; pairing fixed that.',
    'I rewrote my own old import script, which nobody else had touched in years.',
  ])('leaves "%s" alone', (story) => {
    expect(flagsOf(story)).toEqual([]);
  });
});

describe('a story that blames others', () => {
  it('costs like a misconception, quoted with what to do instead', () => {
    const story = fixture('slow-service-story');
    const index = createQuestionIndex(FIXTURE_QUESTIONS);
    const honest =
      'Last spring our search service took four seconds per query. I profiled it and found that every request ' +
      'rebuilt the index. I cached it per deploy, and the median fell to 300 ms. I learned to profile first.';
    const blaming = `${honest} The slowness was really the platform team's fault for giving us tiny machines.`;
    const found = analyzeAnswer(story, blaming, { index }).misconceptions.map((m) => m.id);
    expect(found).toContain('story-blames-others');
    expect(analyzeAnswer(story, blaming, { index }).scores.overall).toBeLessThan(
      analyzeAnswer(story, honest, { index }).scores.overall,
    );
  });

  it('is not looked for in an answer that is not a story', () => {
    const injection = fixture('sql-injection');
    const answer = "Injection was the intern's fault; bind the values as parameters instead of concatenating them.";
    expect(analyzeAnswer(injection, answer).misconceptions.map((m) => m.id)).not.toContain('story-blames-others');
  });
});
