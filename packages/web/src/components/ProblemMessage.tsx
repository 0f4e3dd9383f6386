import { plainError } from '../problem-words.ts';

/** Shows what went wrong in words, with the invalid fields when there are some; never an HTTP status's name. */
export function ProblemMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const { message, fields } = plainError(error);
  return (
    <div role="alert" className="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((e) => (
            <li key={e.field}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
