// The pull request's changes as reviewers see them: per file, hunks of context, removed and added lines, each
// with its line number on the old and the new side. Comments attach to new-side line numbers.
import { structuredPatch } from 'diff';
import type { Exercise } from './exercise.schema.ts';

export interface DiffLine {
  readonly kind: 'context' | 'added' | 'removed';
  readonly text: string;
  readonly oldLine: number | null;
  readonly newLine: number | null;
}

export interface DiffHunk {
  readonly header: string;
  readonly lines: readonly DiffLine[];
}

export interface FileDiff {
  readonly path: string;
  readonly language: string;
  readonly status: 'added' | 'modified';
  readonly additions: number;
  readonly deletions: number;
  readonly hunks: readonly DiffHunk[];
}

/** Lines of context around each change, as code hosts show them. */
const CONTEXT_LINES = 4;

export function diffOf(exercise: Exercise): FileDiff[] {
  return exercise.files.map((file) => {
    const patch = structuredPatch(file.path, file.path, file.before, file.after, '', '', { context: CONTEXT_LINES });
    let additions = 0;
    let deletions = 0;
    const hunks = patch.hunks.map((hunk) => {
      let oldLine = hunk.oldStart;
      let newLine = hunk.newStart;
      const lines: DiffLine[] = [];
      for (const raw of hunk.lines) {
        if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
        const text = raw.slice(1);
        if (raw.startsWith('+')) {
          additions++;
          lines.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
        } else if (raw.startsWith('-')) {
          deletions++;
          lines.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
        } else lines.push({ kind: 'context', text, oldLine: oldLine++, newLine: newLine++ });
      }
      return { header: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, lines };
    });
    return {
      path: file.path,
      language: file.language,
      status: file.before ? 'modified' : 'added',
      additions,
      deletions,
      hunks,
    };
  });
}

export function changedLineCount(exercise: Exercise): number {
  return diffOf(exercise).reduce((sum, file) => sum + file.additions + file.deletions, 0);
}
