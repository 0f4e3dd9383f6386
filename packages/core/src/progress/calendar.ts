// Days as the reader lives them: an instant's date in their time zone, and runs of consecutive days.

const DAY_MS = 86_400_000;

/**
 * A function from an ISO instant to its YYYY-MM-DD date in `timeZone`. The zone's offset is worked out per UTC
 * day (clocks change at most a few times a year, and on an hour boundary in UTC even in zones offset by 30 or 45
 * minutes): a day without a change needs two calls of the formatter, a day with one goes by the hour, and a
 * thousand answers over four months cost some 250 calls, not a thousand.
 */
export function dayIn(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (hourStart: number) => {
    let offset = offsets.get(hourStart);
    if (offset === undefined) {
      const part: Record<string, number> = {};
      for (const { type, value } of format.formatToParts(hourStart)) part[type] = Number(value);
      offset = Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute) - hourStart;
      offsets.set(hourStart, offset);
    }
    return offset;
  };
  // Most UTC days have one offset throughout; only a day whose two ends differ (a clock change) goes by the hour.
  const days = new Map<number, number | null>();
  // The same instant is asked for again by each grouping (by day, by category, volume).
  const seen = new Map<string, string>();
  return (instant) => {
    const known = seen.get(instant);
    if (known !== undefined) return known;
    const ms = Date.parse(instant);
    const dayStart = Math.floor(ms / 86_400_000) * 86_400_000;
    let offset = days.get(dayStart);
    if (offset === undefined) {
      const first = offsetAt(dayStart);
      offset = first === offsetAt(dayStart + 86_400_000) ? first : null;
      days.set(dayStart, offset);
    }
    const day = new Date(ms + (offset ?? offsetAt(Math.floor(ms / 3_600_000) * 3_600_000))).toISOString().slice(0, 10);
    seen.set(instant, day);
    return day;
  };
}

/** True when `timeZone` is a zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday starting the week of a YYYY-MM-DD date. */
export function weekOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The current and longest runs of consecutive days among `days`; the current run may end today or yesterday. */
export function streakOf(days: ReadonlySet<string>, today: string) {
  const sorted = [...days].sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of sorted) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  let current = 0;
  let cursor = days.has(today) ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, practisedToday: days.has(today), lastDay: sorted.at(-1) ?? null };
}
