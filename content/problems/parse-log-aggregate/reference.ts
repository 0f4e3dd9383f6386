export interface EndpointStats {
  count: number;
  errors: number;
  avgMs: number;
  p95Ms: number;
}

export interface LogSummary {
  endpoints: Record<string, EndpointStats>;
  malformed: number;
}

interface Samples {
  latencies: number[];
  errors: number;
}

const ACCESS_LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z (GET|POST|PUT|PATCH|DELETE) (\/\S*) ([1-5]\d{2}) (\d+)ms$/;
const FIRST_SERVER_ERROR = 500;
const PERCENTILE = 95;

/** Request count, server errors, mean and 95th percentile latency per "METHOD /path", and the malformed lines. */
export function aggregateLogs(lines: readonly string[]): LogSummary {
  if (!Array.isArray(lines)) throw new TypeError('lines must be an array of strings');
  const samplesByEndpoint = new Map<string, Samples>();
  let malformed = 0;
  lines.forEach((line, index) => {
    if (typeof line !== 'string') throw new TypeError(`line ${index} is not a string`);
    if (line.trim() === '') return;
    const match = ACCESS_LINE.exec(line);
    if (!match) {
      malformed++;
      return;
    }
    const [, method, target, status, latency] = match;
    const endpoint = `${method} ${target!.split('?')[0]}`;
    const samples = samplesByEndpoint.get(endpoint) ?? { latencies: [], errors: 0 };
    samples.latencies.push(Number(latency));
    if (Number(status) >= FIRST_SERVER_ERROR) samples.errors++;
    samplesByEndpoint.set(endpoint, samples);
  });
  const endpoints: Record<string, EndpointStats> = {};
  for (const [endpoint, samples] of samplesByEndpoint) endpoints[endpoint] = summarize(samples);
  return { endpoints, malformed };
}

function summarize({ latencies, errors }: Samples): EndpointStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((sum, latency) => sum + latency, 0);
  const p95Rank = Math.ceil((PERCENTILE * sorted.length) / 100);
  return {
    count: sorted.length,
    errors,
    avgMs: Math.round(total / sorted.length),
    p95Ms: sorted[p95Rank - 1]!,
  };
}
