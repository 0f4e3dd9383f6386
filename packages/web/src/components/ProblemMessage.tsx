import { ApiError } from '../api.ts';

/** Shows an API problem (or any error) in words, with the invalid fields when there are some. */
export function ProblemMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="alert">
      <strong>{problem?.title ?? 'Something went wrong'}</strong>
      {problem?.detail && <p>{problem.detail}</p>}
      {problem?.errors && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              {e.field.replace(/^body\./, '')}: {e.message}
            </li>
          ))}
        </ul>
      )}
      {!problem && error instanceof Error && <p>{error.message}</p>}
    </div>
  );
}
