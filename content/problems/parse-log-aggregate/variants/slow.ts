// Correct but slow: parses every line into a record, then for each distinct endpoint scans all the records again,
// which is O(lines × endpoints).
interface Request {
  endpoint: string;
  status: number;
  latency: number;
}

const LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z (GET|POST|PUT|PATCH|DELETE) (\/\S*) ([1-5]\d{2}) (\d+)ms$/;

export function aggregateLogs(lines: string[]) {
  if (!Array.isArray(lines)) throw new TypeError('lines must be an array');
  const requests: Request[] = [];
  let malformed = 0;
  for (const line of lines) {
    if (typeof line !== 'string') throw new TypeError('every line must be a string');
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (!match) malformed++;
    else requests.push({ endpoint: `${match[1]} ${match[2]!.split('?')[0]}`, status: Number(match[3]), latency: Number(match[4]) });
  }
  const endpoints: Record<string, { count: number; errors: number; avgMs: number; p95Ms: number }> = {};
  for (const endpoint of new Set(requests.map((request) => request.endpoint))) {
    const mine = requests.filter((request) => request.endpoint === endpoint);
    const latencies = mine.map((request) => request.latency).sort((a, b) => a - b);
    endpoints[endpoint] = {
      count: mine.length,
      errors: mine.filter((request) => request.status >= 500).length,
      avgMs: Math.round(latencies.reduce((sum, latency) => sum + latency, 0) / latencies.length),
      p95Ms: latencies[Math.ceil((95 * latencies.length) / 100) - 1]!,
    };
  }
  return { endpoints, malformed };
}
