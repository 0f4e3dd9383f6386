// An interview's state in the words a candidate reads: the API's names (phases, rounds, statuses) are for programs.
import type { InterviewView } from './interviews.ts';

type Round = InterviewView['settings']['round'];

const ROUND_NAMES: Record<Round, string> = {
  mixed: 'Full loop',
  background: 'Background',
  concepts: 'Technical concepts',
  design: 'API and system design',
  behavioral: 'Behavioral',
};

/** "Technical concepts", "Full loop"…: a round as the practice page offers it. */
export const roundName = (round: Round): string => ROUND_NAMES[round] ?? round;

/** A category or a level as words: "web fundamentals", not "web-fundamentals". */
export const words = (name: string): string => name.replaceAll('-', ' ');

/** "Technical concepts · mid level": what an interview is, for its title. */
export const interviewName = (settings: InterviewView['settings']): string =>
  `${roundName(settings.round)} · ${settings.level} level`;

/** Where the interview stands, as a line under its title: "Question 2 of 6 · your answer", "Wrapping up"… */
export function progressLine(view: Pick<InterviewView, 'state' | 'plan' | 'current'>): string {
  const { phase, paused, questionIndex } = view.state;
  const count = view.plan.length;
  const question = `Question ${Math.min(questionIndex + 1, count)} of ${count}`;
  const followUp = view.current?.kind === 'follow-up' ? ' · follow-up' : '';
  const line = {
    intro: `${count} questions · not started yet`,
    asking: `${question}${followUp} · thinking time`,
    answering: `${question}${followUp} · your answer`,
    reviewing: `${question} · the interviewer is considering your answer`,
    'wrap-up': 'Wrapping up',
    completed: 'Finished',
  }[phase];
  return paused ? `${line} · paused` : line;
}

/** An interview in a list: "in progress" or "finished". */
export const statusWords = (status: 'active' | 'completed'): string =>
  status === 'active' ? 'in progress' : 'finished';

/** "7 Dec, 10:20": when an interview was held, short enough for a title. */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
