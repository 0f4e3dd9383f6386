// Limits the server enforces and the web app shows, defined once. Pure constants: the browser imports this file
// on its own (`@rehearse/core/limits`), without the rest of the core.

/** The longest answer, in characters: a typed answer, an answer to analyse, or a corrected transcript. */
export const ANSWER_MAX_CHARS = 20_000;

/** Thinking time the interviewer gives before each answer, in seconds. */
export const THINKING_SECONDS = 20;

/** How long an interview may be planned for, in minutes. */
export const INTERVIEW_MINUTES = { min: 3, max: 90, default: 15 } as const;
