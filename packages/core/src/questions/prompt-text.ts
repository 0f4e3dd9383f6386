// A question's prompt and model answer are Markdown (CommonMark). A prompt is what the interviewer says, then, for
// a code-review question, the code to review in a fenced block: only the words before the code are spoken, or
// used to name the question in a sentence. Both are written in YAML block text, wrapped at a fixed width, so a
// single newline is the author's wrapping, not a line break the reader should see.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The text split into runs of prose and fenced code blocks (a fence left open runs to the end, as in Markdown). */
function blocks(text: string): { code: boolean; lines: string[] }[] {
  const out: { code: boolean; lines: string[] }[] = [];
  let open: string | null = null;
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line)?.[1];
    const code = open !== null || fence !== undefined;
    if (out.at(-1)?.code !== code || (fence && open === null)) out.push({ code, lines: [] });
    out.at(-1)!.lines.push(line);
    if (fence && open === null) open = fence;
    else if (fence && open !== null && fence[0] === open[0] && fence.length >= open.length) open = null;
  }
  return out;
}

/**
 * Text wrapped at a fixed width back into paragraphs: a single newline becomes a space, while blank lines (between
 * paragraphs) and the lines of fenced code blocks stay as they are.
 */
export function unwrapLines(text: string): string {
  const out: string[] = [];
  for (const block of blocks(text.replaceAll('\r\n', '\n'))) {
    if (block.code) {
      out.push(...block.lines);
      continue;
    }
    let joining = false;
    for (const line of block.lines) {
      const blank = line.trim() === '';
      if (joining && !blank) out[out.length - 1] = `${out.at(-1)!.trimEnd()} ${line.trim()}`;
      else out.push(blank ? '' : line.trimEnd());
      joining = !blank;
    }
  }
  return out.join('\n');
}

/** The words of a prompt before its first code block, on one line: what the interviewer says. */
export function promptLead(prompt: string): string {
  const first = blocks(prompt.replaceAll('\r\n', '\n'))[0];
  return first && !first.code ? first.lines.join(' ').replace(/\s+/g, ' ').trim() : '';
}

/** The rest of a prompt after its lead (its code blocks and anything after them), as Markdown; '' when none. */
export function promptBody(prompt: string): string {
  const all = blocks(prompt.replaceAll('\r\n', '\n'));
  const rest = all[0] && !all[0].code ? all.slice(1) : all;
  return unwrapLines(rest.flatMap((block) => block.lines).join('\n')).trim();
}

/** The lead as plain words to say aloud or quote: Markdown's inline code marks and emphasis removed. */
export function promptWords(prompt: string): string {
  return promptLead(prompt)
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2');
}
