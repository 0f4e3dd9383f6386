// Correct but quadratic: for every job, counts the jobs running at the moment it starts.
export function minWorkersNeeded(jobs: [number, number][]): number {
  if (!Array.isArray(jobs)) throw new TypeError('jobs must be an array');
  for (const job of jobs) {
    if (!Array.isArray(job) || job.length !== 2 || !job.every((t) => typeof t === 'number' && Number.isFinite(t))) {
      throw new TypeError('each job must be a pair of numbers');
    }
    if (job[1] <= job[0]) throw new RangeError('each job must end after it starts');
  }
  let mostBusy = 0;
  for (const [moment] of jobs) {
    let running = 0;
    for (const [start, end] of jobs) if (start <= moment && moment < end) running++;
    mostBusy = Math.max(mostBusy, running);
  }
  return mostBusy;
}
