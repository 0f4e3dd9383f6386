// PostgreSQL's LISTEN/NOTIFY as the wake-up of the interview events: one dedicated connection per process listens
// (a pooled one would be handed to other queries); NOTIFY goes through any connection. A dropped listening
// connection is opened again after a second; meanwhile the timer reads on.
import pg from 'pg';
import type { EventSignal } from './shared-events.ts';

const CHANNEL = 'rehearse_interview_events';

export function createPgSignal(
  connectionString: string,
  log: (message: string, details?: object) => void,
): EventSignal {
  const notifier = new pg.Pool({ connectionString, max: 1 });
  return {
    async notify() {
      await notifier.query(`notify ${CHANNEL}`);
    },
    async listen(onSignal) {
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString });
        next.on('notification', () => onSignal());
        next.on('error', (error) => {
          log('interview events listener lost its connection; reconnecting', { error: error.message });
          void next.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await next.connect();
        await next.query(`listen ${CHANNEL}`);
        client = next;
        // Whatever was appended while this connection was being opened.
        onSignal();
      };
      await connect();
      return async () => {
        stopped = true;
        await client?.end().catch(() => {});
        await notifier.end();
      };
    },
  };
}
