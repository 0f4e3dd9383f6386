// Content files (questions, coding problems, review exercises) are YAML validated by a zod schema; bad files
// give every reason with its path, so a writer can fix them in one go.
import { parse } from 'yaml';
import type { z } from 'zod';

export type ParsedContent<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function parseYamlContent<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): ParsedContent<z.output<Schema>> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${(error as Error).message}`] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
