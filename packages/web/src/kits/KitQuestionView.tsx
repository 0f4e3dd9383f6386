import { InlineText, RichText } from '../components/RichText.tsx';
import type { KitQuestion } from './kit-edit.ts';
import { minutes } from './kit-queries.ts';

/** One question of the kit as the interviewer reads it: sample answer, what a good answer shows, red flags, scale. */
export function KitQuestionView({ question, index }: { question: KitQuestion; index: number }) {
  return (
    <article className="kit-question" aria-labelledby={`kq-${index}`}>
      <h3 id={`kq-${index}`}>
        {index + 1}. <InlineText text={question.prompt} />
      </h3>
      <p className="meta">
        {question.competency} · {minutes(question.targetSeconds)} · {question.source === 'bank' ? 'bank' : 'our own'}
      </p>
      <details>
        <summary>Sample answer, what a good answer shows, red flags and the scale</summary>
        {question.sampleAnswer && (
          <>
            <h4>Sample answer</h4>
            <RichText text={question.sampleAnswer} />
          </>
        )}
        <h4>What a good answer shows</h4>
        <ul>
          {question.keyPoints.map((p) => (
            <li key={p.id}>{p.label}</li>
          ))}
        </ul>
        {question.redFlags.length > 0 && (
          <>
            <h4>Red flags</h4>
            <ul className="red-flags">
              {question.redFlags.map((flag) => (
                <li key={flag}>{flag}</li>
              ))}
            </ul>
          </>
        )}
        <table className="kit-scale">
          <caption className="visually-hidden">Rating scale</caption>
          <tbody>
            {question.scale.map((level) => (
              <tr key={level.rating}>
                <th scope="row">
                  {level.rating} · {level.label}
                </th>
                <td>{level.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
