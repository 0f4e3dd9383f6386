/** Each closing bracket and the opening bracket it must match. */
const OPENER_FOR_CLOSER: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);
const OPENERS: ReadonlySet<string> = new Set(OPENER_FOR_CLOSER.values());

/** Whether every (), [] and {} in the template closes in the right order; other characters are ignored. */
export function isBalanced(template: string): boolean {
  if (typeof template !== 'string') {
    throw new TypeError(`template must be a string, got ${template === null ? 'null' : typeof template}`);
  }
  const openBrackets: string[] = [];
  for (const char of template) {
    if (OPENERS.has(char)) {
      openBrackets.push(char);
    } else if (OPENER_FOR_CLOSER.has(char) && openBrackets.pop() !== OPENER_FOR_CLOSER.get(char)) {
      return false;
    }
  }
  return openBrackets.length === 0;
}
