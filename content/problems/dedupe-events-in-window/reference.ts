interface DeliveredEvent {
  id: string;
  at: number;
}

/** The events left after dropping repeats of an id within `windowMs` of its last kept occurrence. */
export function dedupeEvents<T extends DeliveredEvent>(events: readonly T[], windowMs: number): T[] {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  if (!Number.isInteger(windowMs) || windowMs < 0) {
    throw new RangeError(`windowMs must be a non-negative integer, got ${windowMs}`);
  }
  const lastKeptAt = new Map<string, number>();
  const kept: T[] = [];
  let previousAt = -Infinity;
  events.forEach((event, index) => {
    assertValidEvent(event, index, previousAt);
    previousAt = event.at;
    const keptAt = lastKeptAt.get(event.id);
    if (keptAt !== undefined && event.at - keptAt < windowMs) return;
    lastKeptAt.set(event.id, event.at);
    kept.push(event);
  });
  return kept;
}

function assertValidEvent(event: DeliveredEvent, index: number, previousAt: number): void {
  if (typeof event?.id !== 'string' || event.id === '') {
    throw new TypeError(`event ${index} must have a non-empty string id`);
  }
  if (typeof event.at !== 'number' || !Number.isFinite(event.at)) {
    throw new TypeError(`event ${index} must have a finite numeric at`);
  }
  if (event.at < previousAt) throw new RangeError(`event ${index} is earlier than the event before it`);
}
