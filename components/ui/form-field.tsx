'use client';

import { get, useFormContext, type RegisterOptions } from 'react-hook-form';
import type { FormValues } from '@/lib/draft/form-values';

const inputClass =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700';

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

function useFieldState(name: string) {
  const { formState } = useFormContext<FormValues>();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  const id = `f-${name.replace(/\./g, '-')}`;
  return { id, error: error?.message, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="block text-sm font-medium text-slate-900">
      {label}
      {required ? (
        <span className="text-red-800"> *</span>
      ) : (
        <span className="font-normal text-slate-600"> (optional)</span>
      )}
    </label>
  );
}

function Messages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(hint: string | undefined, hintId: string, error: string | undefined, errorId: string) {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  name,
  label,
  hint,
  required,
  className,
  type = 'text',
  autoComplete,
  options,
  inputMode,
}: BaseProps & {
  type?: string;
  autoComplete?: string;
  options?: RegisterOptions<FormValues>;
  inputMode?: 'numeric' | 'email' | 'url' | 'text';
}) {
  const { register } = useFormContext<FormValues>();
  const { id, error, errorId, hintId } = useFieldState(name);
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, hintId, error, errorId)}
        className={`${inputClass} border-slate-400`}
        {...register(name as never, options as never)}
      />
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function TextAreaField({ name, label, hint, required, className, rows = 5 }: BaseProps & { rows?: number }) {
  const { register } = useFormContext<FormValues>();
  const { id, error, errorId, hintId } = useFieldState(name);
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, hintId, error, errorId)}
        className={`${inputClass} border-slate-400`}
        {...register(name as never)}
      />
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  choices,
}: BaseProps & { choices: { value: string; label: string }[] }) {
  const { register } = useFormContext<FormValues>();
  const { id, error, errorId, hintId } = useFieldState(name);
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, hintId, error, errorId)}
        className={`${inputClass} border-slate-400`}
        {...register(name as never)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function FieldError({ name }: { name: string }) {
  const { error, errorId } = useFieldState(name);
  return error ? (
    <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}
