// Plausible but wrong: Array.prototype.sort without a comparator sorts numbers as strings, so 100 comes
// before 9 and the sweep frees workers at the wrong moments.
export function minWorkersNeeded(jobs: [number, number][]): number {
  if (!Array.isArray(jobs)) throw new TypeError('jobs must be an array');
  for (const job of jobs) {
    if (!Array.isArray(job) || job.length !== 2 || !job.every((t) => typeof t === 'number' && Number.isFinite(t))) {
      throw new TypeError('each job must be a pair of numbers');
    }
    if (job[1] <= job[0]) throw new RangeError('each job must end after it starts');
  }
  const starts = jobs.map((job) => job[0]).sort();
  const ends = jobs.map((job) => job[1]).sort();
  let workers = 0;
  let endIndex = 0;
  for (const start of starts) {
    if (start >= ends[endIndex]) endIndex++;
    else workers++;
  }
  return workers;
}
