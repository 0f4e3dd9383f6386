import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { LoopBanner } from '../components/HandsOnRounds.tsx';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { api, data } from '../api.ts';
import {
  customInputHelp,
  draftKey,
  initialCode,
  LANGUAGES,
  languageKey,
  languageLabel,
  parseCustomInputs,
  POLL_MS,
  storedLanguage,
  writeStored,
  type CodeAttempt,
  type CodeLanguage,
  type CodingProblem,
} from '../coding/coding.ts';
import '../coding/coding.css';
import type { CodeEditorHandle } from '../components/coding/CodeEditor.tsx';
import { AttemptHistory, outcomeInWords } from '../components/coding/AttemptHistory.tsx';
import { AttemptReport, CheckPending } from '../components/coding/CodeReport.tsx';
import { ProblemStatement } from '../components/coding/ProblemStatement.tsx';
import { InterviewClock } from '../components/coding/InterviewClock.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';

// The editor (CodeMirror), its grammars and the Markdown renderer are chunks of their own, all fetched as soon as
// this page's code runs (alongside the problem), so none waits for another and no chunk grows past 500 kB.
const editorModule = import('../components/coding/CodeEditor.tsx');
const grammarsModule = import('@codemirror/lang-javascript');
const markdownModule = import('../components/coding/Markdown.tsx');
const CodeEditor = lazy(() =>
  Promise.all([editorModule, grammarsModule]).then(([module]) => ({ default: module.CodeEditor })),
);
const Markdown = lazy(() => markdownModule.then((module) => ({ default: module.Markdown })));

export function CodingProblemPage() {
  const { id } = useParams({ from: '/coding/$id' });
  const { interview } = useSearch({ from: '/coding/$id' });
  const problem = useQuery({
    queryKey: ['problem', id],
    queryFn: () => data(api.GET('/api/v1/problems/{id}', { params: { path: { id } } })),
  });
  if (problem.error) return <ProblemMessage error={problem.error} />;
  if (!problem.data) return <p aria-live="polite">Loading…</p>;
  // A workspace of its own per problem: its editor, drafts and results start afresh.
  return (
    <>
      {interview && <LoopBanner interviewId={interview} round="coding" />}
      <Workspace key={problem.data.id} problem={problem.data} interviewId={interview} />
    </>
  );
}

function Workspace({ problem, interviewId }: { problem: CodingProblem; interviewId?: string | undefined }) {
  const client = useQueryClient();
  const editor = useRef<CodeEditorHandle>(null);
  const [language, setLanguage] = useState<CodeLanguage>(() => storedLanguage(problem.id));
  // The editor's text lives in the editor; this copy (for the requests) and the draft follow every change.
  const languageNow = useRef(language);
  const [startCode] = useState(() => initialCode(problem, language));
  const code = useRef(startCode);
  const [customText, setCustomText] = useState('');
  const [customError, setCustomError] = useState<string | null>(null);
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const customDetails = useRef<HTMLDetailsElement>(null);
  const help = customInputHelp(problem);

  const onCodeChange = (text: string) => {
    code.current = text;
    writeStored(draftKey(problem.id, languageNow.current), text);
  };

  const chooseLanguage = (next: CodeLanguage) => {
    if (next === languageNow.current) return;
    languageNow.current = next;
    setLanguage(next);
    writeStored(languageKey(problem.id), next);
    editor.current?.setCode(initialCode(problem, next));
  };

  const resetToStarter = () => {
    if (!window.confirm(`Replace your ${languageLabel(language)} code with the starter? Your changes will be lost.`))
      return;
    editor.current?.setCode(problem.starter[language]);
    writeStored(draftKey(problem.id, language), null);
  };

  const history = useQuery({
    queryKey: ['code-attempts', problem.id],
    queryFn: () => data(api.GET('/api/v1/problems/{id}/attempts', { params: { path: { id: problem.id } } })),
  });

  const showAttempt = (attempt: CodeAttempt) => {
    client.setQueryData(['code-attempt', attempt.id], attempt);
    setAttemptId(attempt.id);
  };

  const check = useMutation({
    mutationFn: (request: { mode: CodeAttempt['mode']; customInputs: string[] }) =>
      data(
        api.POST('/api/v1/problems/{id}/attempts', {
          params: { path: { id: problem.id } },
          body: {
            language: languageNow.current,
            source: code.current,
            ...request,
            ...(interviewId ? { interviewId } : {}),
          },
        }),
      ),
    onSuccess: (attempt) => {
      showAttempt(attempt);
      void client.invalidateQueries({ queryKey: ['code-attempts', problem.id] });
    },
  });

  // The sandbox checks the code on a background job: ask again until the attempt is done (or failed).
  const attempt = useQuery({
    queryKey: ['code-attempt', attemptId],
    enabled: attemptId !== null,
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/code-attempts/{id}', { params: { path: { id: attemptId ?? '' } }, signal })),
    // After a failed poll, slower: the error is on the page and the buttons are free to try again.
    refetchInterval: (query) =>
      query.state.data?.status === 'queued' ? (query.state.status === 'error' ? 5 * POLL_MS : POLL_MS) : false,
  });
  const current = attempt.data;
  const checking = check.isPending || (current?.status === 'queued' && !attempt.isError);
  const finished = current && current.status !== 'queued' ? current.id : null;
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: ['code-attempts', problem.id] });
  }, [finished, client, problem.id]);

  const start = (mode: CodeAttempt['mode']) => {
    let customInputs: string[] = [];
    if (mode === 'run') {
      const parsed = parseCustomInputs(customText);
      if ('error' in parsed) {
        setCustomError(parsed.error);
        if (customDetails.current) customDetails.current.open = true;
        document.getElementById('custom-inputs')?.focus();
        return;
      }
      customInputs = parsed.inputs;
    }
    setCustomError(null);
    check.mutate({ mode, customInputs });
  };

  const loadAttempt = (old: CodeAttempt) => {
    if (
      old.source !== code.current &&
      !window.confirm('Replace the code in the editor with the code of this attempt? Your current code will be lost.')
    )
      return;
    if (old.language !== languageNow.current) {
      languageNow.current = old.language;
      setLanguage(old.language);
      writeStored(languageKey(problem.id), old.language);
    }
    editor.current?.setCode(old.source);
    showAttempt(old);
    document.getElementById('code-label')?.scrollIntoView({ block: 'start' });
  };

  const pendingMode = check.isPending ? check.variables.mode : (current?.mode ?? 'run');

  return (
    <article className="coding-workspace" aria-labelledby="problem-title">
      <header className="coding-header">
        <p>
          <Link to="/coding">← Coding problems</Link>
        </p>
        <h1 id="problem-title">{problem.title}</h1>
        <div className="meta">
          <span className={`badge level-${problem.level}`}>{problem.level}</span>
          {problem.tags.map((tag) => (
            <span key={tag} className="badge">
              {tag}
            </span>
          ))}
        </div>
      </header>

      <ProblemStatement problem={problem}>
        <Suspense fallback={<p className="hint">Loading the statement…</p>}>
          <Markdown text={problem.statement} />
        </Suspense>
      </ProblemStatement>

      <section className="card work" aria-labelledby="code-label">
        <div className="editor-toolbar">
          <h2 id="code-label">Your code</h2>
          <label className="inline">
            Language
            <select value={language} onChange={(event) => chooseLanguage(event.target.value as CodeLanguage)}>
              {LANGUAGES.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <InterviewClock />
          <button type="button" onClick={resetToStarter}>
            Reset to starter
          </button>
        </div>
        {/* The editor's place, its size, while its code loads: nothing below it moves when it appears. */}
        <Suspense fallback={<div className="code-editor-pending" aria-busy="true" />}>
          <CodeEditor
            ref={editor}
            initialCode={startCode}
            language={language}
            onChange={onCodeChange}
            labelledBy="code-label"
            describedBy="editor-hint"
          />
        </Suspense>
        <p id="editor-hint" className="hint">
          {languageLabel(language)}, implementing <code>{problem.entry}</code>. Tab indents; press Esc, then Tab, to
          leave the editor. Your code is kept in this browser as you type.
        </p>

        <details className="custom-inputs" ref={customDetails}>
          <summary>Your own inputs (optional, for a run)</summary>
          <label htmlFor="custom-inputs">Inputs</label>
          <p id="custom-inputs-help" className="hint">
            {help.text} The reference solution answers the same inputs, so you can compare. For example:{' '}
            <code>{help.example}</code>
          </p>
          <textarea
            id="custom-inputs"
            rows={3}
            wrap="off"
            spellCheck={false}
            value={customText}
            placeholder={help.example}
            aria-describedby="custom-inputs-help"
            aria-invalid={customError !== null}
            aria-errormessage={customError ? 'custom-inputs-error' : undefined}
            onChange={(event) => {
              setCustomText(event.target.value);
              setCustomError(null);
            }}
          />
          {customError && (
            <p id="custom-inputs-error" className="field-error">
              {customError}
            </p>
          )}
        </details>

        <div className="code-actions">
          <button type="button" disabled={checking} onClick={() => start('run')}>
            Run visible tests
          </button>
          <button type="button" className="primary" disabled={checking} onClick={() => start('submit')}>
            Submit
          </button>
          <p role="status" className="check-status">
            {checking ? (
              <>
                <span className="spinner" aria-hidden="true" /> Checking in the sandbox…
              </>
            ) : (
              current && outcomeInWords(current)
            )}
          </p>
        </div>
        <ProblemMessage error={check.error ?? attempt.error} />

        <div className="results">
          {checking ? (
            <CheckPending mode={pendingMode} />
          ) : current ? (
            <AttemptReport attempt={current} onLine={(line) => editor.current?.goToLine(line)} />
          ) : (
            <p className="hint">
              Run the visible tests to see each pass or fail. Submit to run the hidden tests too and get scored on
              correctness, efficiency and code quality, with the interviewer&apos;s debrief.
            </p>
          )}
        </div>
      </section>

      <AttemptHistory
        attempts={history}
        currentId={attemptId}
        checking={checking}
        onShow={showAttempt}
        onLoad={loadAttempt}
      />
    </article>
  );
}
