// The reverse proxy of the loopback topology: a few lines of node:http that hand each request to the next web
// process in turn (round robin), stream both ways (uploads, server-sent events), add X-Forwarded-For, and skip a
// process that refuses the connection. A request whose body was already being sent when its process died is
// answered 502: a tus client then asks the offset again (through another process) and resumes.
import http from 'node:http';

export interface Proxy {
  url: string;
  /** Replaces the upstreams (a web process stopped or started). */
  setUpstreams(ports: number[]): void;
  stop(): Promise<void>;
}

export async function startProxy(upstreamPorts: number[], port = 0): Promise<Proxy> {
  let upstreams = [...upstreamPorts];
  let next = 0;

  function forward(request: http.IncomingMessage, response: http.ServerResponse, tries: number) {
    const target = upstreams[next++ % upstreams.length];
    if (target === undefined) return void response.writeHead(503).end();
    const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on('error', () => response.destroy());
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      const refused = error.code === 'ECONNREFUSED' && !response.headersSent && request.readableLength === 0;
      if (refused && tries < upstreams.length && !request.readableEnded && request.method === 'GET')
        return forward(request, response, tries + 1);
      if (refused && tries < upstreams.length && (request.method === 'HEAD' || request.method === 'OPTIONS'))
        return forward(request, response, tries + 1);
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
    response.on('close', () => upstream.destroy());
    request.pipe(upstream);
  }

  const server = http.createServer((request, response) => forward(request, response, 1));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`,
    setUpstreams: (ports) => void (upstreams = [...ports]),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
