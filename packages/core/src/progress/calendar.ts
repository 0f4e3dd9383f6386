// Days as the reader lives them: an instant's date in their time zone, and runs of consecutive days.

const DAY_MS = 86_400_000;

/** A function from an ISO instant to its YYYY-MM-DD date in `timeZone` (the formatter built once). */
export function dayIn(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const cache = new Map<string, string>();
  return (instant) => {
    // Many answers share a minute's date; the formatter is the costly part. (Minutes, not hours: some zones are
    // offset by 30 or 45 minutes.) Instants are stored as UTC ISO strings, so the first 16 characters name it.
    const key = instant.slice(0, 16);
    let day = cache.get(key);
    if (day === undefined) {
      day = format.format(new Date(instant));
      cache.set(key, day);
    }
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
