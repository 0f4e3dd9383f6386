// Plausible but wrong: takes the 95th percentile at index floor(0.95 × n), one place too high whenever 0.95 × n is
// a whole number (20 samples give the maximum instead of the 19th value).
const LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z (GET|POST|PUT|PATCH|DELETE) (\/\S*) ([1-5]\d{2}) (\d+)ms$/;

export function aggregateLogs(lines: string[]) {
  if (!Array.isArray(lines)) throw new TypeError('lines must be an array');
  const samples = new Map<string, { latencies: number[]; errors: number }>();
  let malformed = 0;
  for (const line of lines) {
    if (typeof line !== 'string') throw new TypeError('every line must be a string');
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (!match) {
      malformed++;
      continue;
    }
    const endpoint = `${match[1]} ${match[2]!.split('?')[0]}`;
    const entry = samples.get(endpoint) ?? { latencies: [], errors: 0 };
    entry.latencies.push(Number(match[4]));
    if (Number(match[3]) >= 500) entry.errors++;
    samples.set(endpoint, entry);
  }
  const endpoints: Record<string, { count: number; errors: number; avgMs: number; p95Ms: number }> = {};
  for (const [endpoint, { latencies, errors }] of samples) {
    latencies.sort((a, b) => a - b);
    endpoints[endpoint] = {
      count: latencies.length,
      errors,
      avgMs: Math.round(latencies.reduce((sum, latency) => sum + latency, 0) / latencies.length),
      p95Ms: latencies[Math.floor(0.95 * latencies.length)]!,
    };
  }
  return { endpoints, malformed };
}
