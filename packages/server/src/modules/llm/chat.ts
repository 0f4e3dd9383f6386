// One call to an OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM, a cloud provider) that must answer
// JSON of a given schema. Callers decide what a failure means; this only throws.
import type { z } from 'zod';

export interface ChatSettings {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs?: number;
}

export type ChatMessage = { role: 'system' | 'user'; content: string };

const chatUrl = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/chat/completions`;

export async function chatJson<T extends z.ZodType>(
  settings: ChatSettings,
  request: { messages: ChatMessage[]; name: string; jsonSchema: object; output: T; temperature?: number },
): Promise<z.output<T>> {
  const response = await fetch(chatUrl(settings.baseUrl), {
    method: 'POST',
    signal: AbortSignal.timeout(settings.timeoutMs ?? 15_000),
    headers: {
      'content-type': 'application/json',
      ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
    },
    body: JSON.stringify({
      model: settings.model,
      temperature: request.temperature ?? 0.2,
      messages: request.messages,
      response_format: {
        type: 'json_schema',
        json_schema: { name: request.name, strict: true, schema: request.jsonSchema },
      },
    }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (!content) throw new Error('no message content');
  return request.output.parse(JSON.parse(content));
}
