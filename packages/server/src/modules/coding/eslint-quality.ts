// Code quality findings from ESLint's own Linter, run in-process on the candidate's source as written (the
// TypeScript parser for TypeScript, so lines match what the candidate sees), with rules an interviewer would
// raise and messages in plain words. Duplicated blocks come from a small check of our own.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { duplicatedBlocks, type CodeLanguage, type QualityFinding } from '@rehearse/core';

const RULES: Linter.RulesRecord = {
  complexity: ['warn', 8],
  'max-depth': ['warn', 3],
  'max-lines-per-function': ['warn', { max: 40, skipBlankLines: true, skipComments: true }],
  'max-params': ['warn', 4],
  'no-empty': ['warn', { allowEmptyCatch: false }],
  eqeqeq: ['warn', 'always'],
  'no-var': 'warn',
  'prefer-const': 'warn',
  'no-shadow': 'warn',
  'no-param-reassign': 'warn',
  'no-nested-ternary': 'warn',
  'no-console': 'warn',
  'id-length': ['warn', { min: 2, exceptions: ['i', 'j', 'k', 'n', 'x', 'y', 'a', 'b', '_'], properties: 'never' }],
  'no-magic-numbers': [
    'warn',
    {
      ignore: [-1, 0, 1, 2, 10, 100, 1000],
      ignoreArrayIndexes: true,
      ignoreDefaultValues: true,
      ignoreClassFieldInitialValues: true,
    },
  ],
};

/** What each rule means for the candidate, in words; ESLint's own message is kept after it. */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  complexity: 'This function takes many decisions; split it into smaller, named steps.',
  'max-depth': 'Blocks nest deeply here; return early or move the inner part into a function.',
  'max-lines-per-function': 'This function is long; a reader has to hold all of it in mind at once.',
  'max-params': 'Many parameters; group the related ones into an object.',
  'no-empty': 'An empty block, such as a catch that swallows the error, hides failures.',
  eqeqeq: 'Loose equality (== or !=) converts types silently; use === or !==.',
  'no-var': 'var is function-scoped and hoisted; use const or let.',
  'prefer-const': 'This variable is never reassigned; declare it with const.',
  'no-unused-vars': 'Declared but never used.',
  'no-shadow': 'This name hides another of the same name in an outer scope.',
  'no-param-reassign': 'Reassigning a parameter makes the function harder to follow; use a new variable.',
  'no-nested-ternary': 'Nested ternaries are hard to read; use if statements or a small function.',
  'no-console': 'Leftover console output.',
  'id-length': 'A one-letter name says nothing about what it holds.',
  'no-magic-numbers': 'An unexplained number; give it a named constant.',
};

const linter = new Linter({ configType: 'flat' });

export interface LintResult {
  readonly findings: QualityFinding[];
  /** The parser's complaint, with its line, when the code is not valid syntax. */
  readonly syntaxError: { readonly message: string; readonly line: number } | null;
}

export function lintSolution(source: string, language: CodeLanguage): LintResult {
  const typescript = language === 'typescript';
  const filename = typescript ? 'solution.ts' : 'solution.js';
  const rules: Linter.RulesRecord = typescript ? RULES : { ...RULES, 'no-unused-vars': 'warn' };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...(typescript ? { parser: tsParser } : {}),
      },
      rules,
    },
  ];
  const messages = linter.verify(source, config, { filename });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { findings: [], syntaxError: { message: fatal.message, line: fatal.line } };
  const findings = messages
    .filter((message) => message.ruleId)
    .map((message) => ({
      rule: message.ruleId!,
      line: message.line,
      message: `${EXPLANATIONS[message.ruleId!] ?? ''} (${message.message})`.trim(),
    }));
  return { findings: [...findings, ...duplicatedBlocks(source)].sort((a, b) => a.line - b.line), syntaxError: null };
}
