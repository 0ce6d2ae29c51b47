import type { ReactNode } from 'react';

// Labelled fields for the review forms: each error is tied to its field (aria-describedby, aria-invalid).

const inputClass =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700';

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  maxLength: number;
  required?: boolean;
  autoComplete?: string;
}

function FieldShell({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = ({ id, hint, error }: FieldProps) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function TextField(props: FieldProps) {
  return (
    <FieldShell {...props}>
      <input
        id={props.id}
        name={props.name}
        type="text"
        defaultValue={props.defaultValue}
        maxLength={props.maxLength}
        required={props.required}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <FieldShell {...props}>
      <textarea
        id={props.id}
        name={props.name}
        rows={props.rows ?? 3}
        defaultValue={props.defaultValue}
        maxLength={props.maxLength}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className={inputClass}
      />
    </FieldShell>
  );
}
