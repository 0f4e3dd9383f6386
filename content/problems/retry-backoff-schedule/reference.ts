/** Delays before each retry: exponential from baseMs, capped at capMs, optionally scaled by "full jitter". */
export function backoffSchedule(
  retries: number,
  baseMs: number,
  capMs: number,
  jitter: readonly number[] | null,
): number[] {
  assertValidSchedule(retries, baseMs, capMs);
  assertValidJitter(jitter, retries);
  const delays: number[] = [];
  let ceiling = baseMs;
  for (let retry = 0; retry < retries; retry++) {
    delays.push(jitter === null ? ceiling : Math.floor(jitter[retry]! * ceiling));
    ceiling = Math.min(ceiling * 2, capMs);
  }
  return delays;
}

function assertValidSchedule(retries: number, baseMs: number, capMs: number): void {
  if (!Number.isInteger(retries) || retries < 0) {
    throw new RangeError(`retries must be a non-negative integer, got ${retries}`);
  }
  if (!Number.isInteger(baseMs) || baseMs < 1) throw new RangeError(`baseMs must be a positive integer, got ${baseMs}`);
  if (!Number.isInteger(capMs) || capMs < baseMs) {
    throw new RangeError(`capMs must be an integer of at least baseMs (${baseMs}), got ${capMs}`);
  }
}

function assertValidJitter(jitter: readonly number[] | null, retries: number): void {
  if (jitter === null) return;
  if (!Array.isArray(jitter) || jitter.length !== retries) {
    throw new RangeError(`jitter must be null or an array of ${retries} fractions`);
  }
  jitter.forEach((fraction, retry) => {
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction < 1)) {
      throw new RangeError(`jitter[${retry}] must be a number in [0, 1), got ${fraction}`);
    }
  });
}
