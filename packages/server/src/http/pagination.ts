import { z } from 'zod';
import { invalid } from '@rehearse/core';

/** Opaque cursors: clients pass back `nextCursor` unchanged; its content is ours to change. */
export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, shape: T): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw invalid('invalid-cursor', 'The cursor is not one this API issued; start again without it.');
  }
}

/** Takes one page from items already in order, given how many to skip. */
export function pageByOffset<T>(items: T[], offset: number, limit: number) {
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? encodeCursor({ offset: offset + limit }) : null;
  return { items: page, nextCursor: next };
}

export const offsetCursor = z.object({ offset: z.number().int().min(0) });
