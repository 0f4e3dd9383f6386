// The API benchmark's baseline: a bare Fastify 5 app (no plugins, no hooks) answering each path of the fixture
// file with the same JSON the real app gave, serialized per request as the real app does.
//   node bench/api-bare.ts <fixture.json>   (PORT from the environment)
import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';

const fixtures = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as Record<string, unknown>;
const app = Fastify();
for (const [path, body] of Object.entries(fixtures)) app.get(path, () => body);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
