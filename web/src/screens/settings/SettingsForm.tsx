import { useId, useState, type FormEvent } from 'react';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { fieldProblems, type Field, type Values } from './settings-form.js';

interface Props {
  readonly title: string;
  readonly fields: readonly Field[];
  readonly initial: Values;
  readonly creating: boolean;
  readonly saving: boolean;
  readonly error: unknown;
  readonly onSave: (values: Values) => void;
  readonly onCancel: () => void;
}

/** A create or edit form: each API problem is shown next to the field it names, and in full above the buttons. */
export function SettingsForm({ title, fields, initial, creating, saving, error, onSave, onCancel }: Props) {
  const [values, setValues] = useState<Values>(initial);
  const problems = fieldProblems(error, fields);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values);
  };
  const set = (name: string, value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <form className="panel settings-form" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <div className="settings-fields">
        {fields
          .filter((field) => (creating ? !field.editOnly : !field.createOnly))
          .map((field) => {
            const problem = problems.get(field.name);
            const inputId = `${id}-${field.name}`;
            const problemId = `${inputId}-problem`;
            const common = {
              id: inputId,
              name: field.name,
              'aria-invalid': problem ? true : undefined,
              'aria-describedby': problem ? problemId : undefined,
            } as const;
            return (
              <div key={field.name} className={field.kind === 'checkbox' ? 'settings-field checkbox' : 'settings-field'}>
                <label htmlFor={inputId}>
                  {field.label}
                  {field.required && creating ? ' *' : ''}
                </label>
                {field.kind === 'checkbox' ? (
                  <input {...common} type="checkbox" checked={values[field.name] === true} onChange={(e) => set(field.name, e.target.checked)} />
                ) : field.kind === 'select' ? (
                  <select {...common} value={String(values[field.name] ?? '')} onChange={(e) => set(field.name, e.target.value)}>
                    {(field.options ?? []).map((option) => (
                      <option key={option} value={option}>
                        {option === '' ? '(none)' : option}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    type={field.kind === 'number' ? 'text' : (field.kind ?? 'text')}
                    inputMode={field.kind === 'number' ? 'numeric' : undefined}
                    value={String(values[field.name] ?? '')}
                    onChange={(e) => set(field.name, e.target.value)}
                  />
                )}
                {field.hint && <span className="settings-hint">{field.hint}</span>}
                {problem && (
                  <span className="field-problem" id={problemId}>
                    {problem}
                  </span>
                )}
              </div>
            );
          })}
      </div>
      <ProblemNotice error={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={saving}>
          {creating ? 'Create' : 'Save'}
        </button>
      </div>
    </form>
  );
}
