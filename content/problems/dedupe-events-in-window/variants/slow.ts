// Correct but quadratic: looks for an earlier kept event with the same id by scanning every kept event so far.
interface DeliveredEvent {
  id: string;
  at: number;
}

export function dedupeEvents(events: DeliveredEvent[], windowMs: number): DeliveredEvent[] {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  if (!Number.isInteger(windowMs) || windowMs < 0) throw new RangeError('windowMs must be a non-negative integer');
  const kept: DeliveredEvent[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (typeof event?.id !== 'string' || event.id === '' || typeof event.at !== 'number' || !Number.isFinite(event.at)) {
      throw new TypeError(`event ${index} is not a valid event`);
    }
    if (index > 0 && event.at < events[index - 1]!.at) throw new RangeError('events must be sorted by time');
    const isRepeat = kept.some((earlier) => earlier.id === event.id && event.at - earlier.at < windowMs);
    if (!isRepeat) kept.push(event);
  }
  return kept;
}
