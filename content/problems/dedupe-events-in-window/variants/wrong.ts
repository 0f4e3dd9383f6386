// Plausible but wrong: restarts the window on every delivery, dropped ones included, so a steady stream of
// repeats suppresses an id forever instead of letting one through per window.
interface DeliveredEvent {
  id: string;
  at: number;
}

export function dedupeEvents(events: DeliveredEvent[], windowMs: number): DeliveredEvent[] {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  if (!Number.isInteger(windowMs) || windowMs < 0) throw new RangeError('windowMs must be a non-negative integer');
  const lastSeenAt = new Map<string, number>();
  const kept: DeliveredEvent[] = [];
  let previousAt = -Infinity;
  for (const event of events) {
    if (typeof event?.id !== 'string' || event.id === '' || !Number.isFinite(event.at)) {
      throw new TypeError('invalid event');
    }
    if (event.at < previousAt) throw new RangeError('events must be sorted by time');
    previousAt = event.at;
    const seenAt = lastSeenAt.get(event.id);
    lastSeenAt.set(event.id, event.at);
    if (seenAt === undefined || event.at - seenAt >= windowMs) kept.push(event);
  }
  return kept;
}
