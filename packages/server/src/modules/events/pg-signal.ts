// PostgreSQL's LISTEN/NOTIFY as the wake-up of the interview events: one dedicated connection per process listens
// (a pooled one would be handed to other queries); NOTIFY goes through any connection. A dropped listening
// connection is opened again after a second; meanwhile the timer reads on.
import pg from 'pg';
import type { EventSignal } from './shared-events.ts';

export const EVENTS_CHANNEL = 'rehearse_interview_events';

/** One channel's signal; the job queue uses its own channel (jobs.repository.ts). */
export function createPgSignal(
  connectionString: string,
  log: (message: string, details?: object) => void,
  channel = EVENTS_CHANNEL,
): EventSignal {
  const notifier = new pg.Pool({ connectionString, max: 1 });
  let notifierEnded = false;
  return {
    async notify() {
      await notifier.query(`notify ${channel}`);
    },
    async listen(onSignal) {
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString });
        next.on('notification', () => onSignal());
        next.on('error', (error) => {
          log('listener lost its connection; reconnecting', { channel, error: error.message });
          void next.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await next.connect();
        await next.query(`listen ${channel}`);
        client = next;
        // Whatever was appended while this connection was being opened.
        onSignal();
      };
      await connect();
      return async () => {
        stopped = true;
        await client?.end().catch(() => {});
        if (!notifierEnded) await notifier.end();
        notifierEnded = true;
      };
    },
  };
}
