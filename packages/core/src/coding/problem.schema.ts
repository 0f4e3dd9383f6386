// A coding problem as its content file describes it: the statement, what the candidate writes (a function or a
// class), visible and hidden tests, the target complexity and what good code shows. Tests hold plain JSON values:
// a function test gives the arguments and the expected result; a class test gives a sequence of operations, the
// first constructing the object, and the expected result of each. "$clock" as an argument stands for an injected
// clock ({ now(): number }, starting at 0) and ["$advance", ms] moves it on. A large test generates its input with a
// JavaScript expression run inside the sandbox, and expects what the reference solution returns for it.
import { z } from 'zod';
import { LEVELS } from '../questions/taxonomy.ts';

export const CODE_LANGUAGES = ['typescript', 'javascript'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

const json: z.ZodType<unknown> = z.unknown();

const testBase = {
  name: z.string().min(3),
  /** The result is an error: bad input must be refused, not answered. */
  throws: z.boolean().optional(),
  /** Order does not matter in the result (an array compared as a multiset). */
  unordered: z.boolean().optional(),
};

export const functionTestSchema = z.strictObject({
  ...testBase,
  args: z.array(json),
  expected: json.optional(),
});

export const classTestSchema = z.strictObject({
  ...testBase,
  /** [["new", ...constructorArgs], ["method", ...args], ["$advance", ms], …] */
  ops: z.array(z.array(json).min(1)).min(1),
  /** One result per operation: null for the constructor, void methods and clock moves. */
  expected: z.array(json).optional(),
});

export const largeTestSchema = z.strictObject({
  name: z.string().min(3),
  /** A JavaScript expression evaluating to the args (function problems) or the ops (class problems). */
  generate: z.string().min(5),
  unordered: z.boolean().optional(),
});

export const problemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(3),
    level: z.enum(LEVELS),
    tags: z.array(z.string().min(2)).min(1),
    kind: z.enum(['function', 'class']),
    /** The function or class name the tests call. */
    entry: z.string().regex(/^[A-Za-z_$][\w$]*$/),
    /** Markdown: the task, the input and output, constraints, and worked examples. */
    statement: z.string().min(80),
    /** The starting code the editor shows, per language. */
    starter: z.strictObject({ typescript: z.string().min(10), javascript: z.string().min(10) }),
    complexity: z.strictObject({ time: z.string().min(3), space: z.string().min(3) }),
    /** What good code for this problem shows: naming, edge cases, error handling, structure. */
    goodCode: z.array(z.string().min(10)).min(2),
    /** What the interviewer asks once the code is in. */
    followUps: z.array(z.string().min(10)).min(2),
    tests: z.strictObject({
      visible: z.array(z.union([functionTestSchema, classTestSchema])).min(2),
      hidden: z.array(z.union([functionTestSchema, classTestSchema])).min(3),
      large: z.array(largeTestSchema).min(1),
    }),
  })
  .superRefine((problem, ctx) => {
    for (const [group, tests] of [
      ['visible', problem.tests.visible],
      ['hidden', problem.tests.hidden],
    ] as const)
      tests.forEach((test, i) => {
        const isClassTest = 'ops' in test;
        if (isClassTest !== (problem.kind === 'class'))
          ctx.addIssue({
            code: 'custom',
            path: ['tests', group, i],
            message: `a ${problem.kind} problem's tests use ${problem.kind === 'class' ? 'ops' : 'args'}`,
          });
        if (!test.throws && test.expected === undefined)
          ctx.addIssue({ code: 'custom', path: ['tests', group, i, 'expected'], message: 'expected is required' });
      });
  });

export type Problem = z.infer<typeof problemSchema>;
export type FunctionTest = z.infer<typeof functionTestSchema>;
export type ClassTest = z.infer<typeof classTestSchema>;
export type LargeTest = z.infer<typeof largeTestSchema>;
export type ProblemTest = FunctionTest | ClassTest;
