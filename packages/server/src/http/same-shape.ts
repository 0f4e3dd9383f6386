// Compile-time checks that a response schema and the domain type it presents cannot drift apart: when a field
// is added to, removed from or retyped in one, `npm run typecheck` fails until the other follows.

/** The type without `readonly` anywhere in it: zod's output types are mutable, the core's mostly read-only. */
export type Writable<T> = T extends readonly (infer Item)[]
  ? Writable<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/** True exactly when A and B are the same type, read-only-ness aside (no merely assignable counts). */
export type SameShape<A, B> =
  (<T>() => T extends Writable<A> ? 1 : 2) extends <T>() => T extends Writable<B> ? 1 : 2 ? true : false;

/** Use as `type _Check = Assert<SameShape<z.output<typeof schema>, DomainType>>`: a type error when they differ. */
export type Assert<Check extends true> = Check;
