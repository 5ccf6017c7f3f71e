import { ApiProblem } from '../api/client.js';
import { words } from '../format.js';

/** What the API refused and why: the problem's title and detail, the rule or field it names. */
export function ProblemNotice({ error }: { error: unknown }) {
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return (
      <div role="alert" className="problem">
        <strong>Something went wrong</strong>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </div>
    );
  }
  const { problem } = error;
  const fields = problem.errors ?? [];
  return (
    <div role="alert" className="problem" data-code={problem.code}>
      <strong>{problem.title}</strong>
      <p>{problem.detail}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field.field}>
              <code>{field.field}</code>: {field.message}
            </li>
          ))}
        </ul>
      )}
      <p className="problem-code">Rule: {words(problem.code)}</p>
    </div>
  );
}
