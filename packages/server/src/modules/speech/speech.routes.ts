import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerKey } from '../../http/caller-key.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { SAY_MAX_CHARS } from './interviewer-voice.ts';
import type { Speech } from './speech-wiring.ts';

/** Questions read aloud per caller and minute: an interview asks one every minute or two, a retry or two more. */
const SAYINGS_PER_MINUTE = 30;

const sayQuery = z.object({
  text: z.string().trim().min(1).max(SAY_MAX_CHARS).describe('What to say: a question as the interviewer asks it'),
});

const wav = {
  description: 'The text read aloud by flite (voice "slt"), a 16 kHz mono WAV file; the same text, the same bytes',
  content: { 'audio/wav': { schema: z.string().meta({ format: 'binary' }) } },
};

export function speechRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; speech: Speech }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/speech/say',
    {
      config: { rateLimit: { max: SAYINGS_PER_MINUTE, timeWindow: '1 minute', keyGenerator: callerKey } },
      schema: {
        tags: ['speech'],
        summary: "The interviewer's voice for a browser without speech synthesis: a text read aloud, as WAV",
        operationId: 'sayText',
        querystring: sayQuery,
        response: {
          200: wav,
          ...problemResponses([400, 401, 422, 429, 503], {
            429: 'More texts in a minute than an interview asks: wait as Retry-After says',
            503: 'This server cannot speak: flite is not installed (or failed on this text)',
          }),
        },
      },
    },
    async (request, reply) => {
      await deps.authenticator.requireUser(request);
      const audio = await deps.speech.say(request.query.text);
      // Bytes, not the string the schema names for the document: the untyped reply sends a Buffer as it is. The
      // same text always sounds the same, so the browser keeps it for the next time the question is asked.
      const raw: FastifyReply = reply;
      return raw.type('audio/wav').header('cache-control', 'private, max-age=86400').send(audio);
    },
  );
}
