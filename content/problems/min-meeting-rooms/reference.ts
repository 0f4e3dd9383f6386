type Job = [start: number, end: number];

/** The fewest workers that run every job on schedule; a job holds its worker over [start, end). */
export function minWorkersNeeded(jobs: Job[]): number {
  if (!Array.isArray(jobs)) throw new TypeError('jobs must be an array of [start, end] pairs');
  jobs.forEach(validateJob);

  const starts = jobs.map(([start]) => start).sort(ascending);
  const ends = jobs.map(([, end]) => end).sort(ascending);
  let busyWorkers = 0;
  let mostBusy = 0;
  let nextEnd = 0;
  for (const start of starts) {
    // Every job that ended by now has handed its worker back.
    while (ends[nextEnd] <= start) {
      nextEnd++;
      busyWorkers--;
    }
    busyWorkers++;
    mostBusy = Math.max(mostBusy, busyWorkers);
  }
  return mostBusy;
}

function validateJob(job: unknown, index: number): void {
  const isPair =
    Array.isArray(job) && job.length === 2 && job.every((time) => typeof time === 'number' && Number.isFinite(time));
  if (!isPair) throw new TypeError(`jobs[${index}] must be a [start, end] pair of numbers, got ${JSON.stringify(job)}`);
  if (job[1] <= job[0]) throw new RangeError(`jobs[${index}] must end after it starts, got ${JSON.stringify(job)}`);
}

function ascending(a: number, b: number): number {
  return a - b;
}
