import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { indentWithTab } from '@codemirror/commands';
import { Compartment, EditorSelection, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { CodeLanguage } from '../../coding/coding.ts';

export interface CodeEditorHandle {
  /** Replaces the whole document (a starter, an old attempt's code); the change is reported like typing. */
  setCode(code: string): void;
  /** Puts the cursor at the start of a line (1-based), marks the line, scrolls to it and focuses the editor. */
  goToLine(line: number): void;
}

interface Props {
  initialCode: string;
  language: CodeLanguage;
  onChange: (code: string) => void;
  /** The id of the visible label of the editor, and of its keyboard hint. */
  labelledBy: string;
  describedBy?: string;
  ref?: Ref<CodeEditorHandle>;
}

const markLine = StateEffect.define<number | null>();
const markedLine = Decoration.line({ class: 'cm-marked-line' });

/** The line a quality finding points at, marked until another is chosen. */
const markedLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(markLine)) continue;
      next =
        effect.value === null
          ? Decoration.none
          : Decoration.set([markedLine.range(transaction.state.doc.line(effect.value).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// The page's own colours (CSS variables), so the editor follows the light and dark themes without a rebuild.
const theme = EditorView.theme({
  '&': {
    height: 'clamp(18rem, 60vh, 34rem)',
    backgroundColor: 'var(--bg)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    fontSize: '0.9rem',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: '1.5',
  },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--code-selection)' },
  '.cm-marked-line': { backgroundColor: 'var(--code-marked-line)', boxShadow: 'inset 3px 0 0 var(--focus)' },
  '.cm-matchingBracket': { backgroundColor: 'var(--code-selection)', outline: '1px solid var(--muted)' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
});

const highlighting = syntaxHighlighting(
  HighlightStyle.define([
    {
      tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword],
      color: 'var(--code-keyword)',
    },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--code-string)' },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
    {
      tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.variableName)],
      color: 'var(--code-function)',
    },
    { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--code-type)' },
    { tag: tags.invalid, color: 'var(--bad)' },
  ]),
);

const isDark = () => document.documentElement.dataset.theme === 'dark';
// The JavaScript and TypeScript grammars are a chunk of their own (the page starts fetching it with this one).
const grammars = import('@codemirror/lang-javascript');
const languageSupport = async (language: CodeLanguage) =>
  (await grammars).javascript({ typescript: language === 'typescript' });

/**
 * CodeMirror 6 with line numbers and the language's mode. Tab indents (Escape, then Tab, leaves the editor, as
 * CodeMirror documents); the editor's text box is labelled by the page's visible label.
 */
export function CodeEditor({ initialCode, language, onChange, labelledBy, describedBy, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const languageCompartment = useRef(new Compartment());
  const darkCompartment = useRef(new Compartment());
  const startCode = useRef(initialCode);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: startCode.current,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        languageCompartment.current.of([]),
        darkCompartment.current.of(EditorView.darkTheme.of(isDark())),
        theme,
        highlighting,
        markedLineField,
        EditorView.contentAttributes.of({
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    // The site's theme toggle sets data-theme on <html>: CodeMirror's own panels and tooltips follow it.
    const observer = new MutationObserver(() =>
      editor.dispatch({ effects: darkCompartment.current.reconfigure(EditorView.darkTheme.of(isDark())) }),
    );
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      observer.disconnect();
      editor.destroy();
      view.current = null;
    };
  }, [labelledBy, describedBy]);

  useEffect(() => {
    let current = true;
    void languageSupport(language).then((support) => {
      if (current) view.current?.dispatch({ effects: languageCompartment.current.reconfigure(support) });
    });
    return () => {
      current = false;
    };
  }, [language]);

  useImperativeHandle(
    ref,
    () => ({
      setCode(code) {
        const editor = view.current;
        if (!editor) return;
        editor.dispatch({
          changes: { from: 0, to: editor.state.doc.length, insert: code },
          selection: EditorSelection.cursor(0),
          effects: markLine.of(null),
        });
      },
      goToLine(line) {
        const editor = view.current;
        if (!editor) return;
        const target = Math.min(Math.max(1, line), editor.state.doc.lines);
        const at = editor.state.doc.line(target).from;
        editor.dispatch({
          selection: EditorSelection.cursor(at),
          effects: [markLine.of(target), EditorView.scrollIntoView(at, { y: 'center' })],
        });
        editor.focus();
      },
    }),
    [],
  );

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
