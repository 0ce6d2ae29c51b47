import { useMemo, type ReactNode } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type FieldPath,
  type RegisterOptions,
  type UseFormRegister,
} from 'react-hook-form';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { useT } from '@/components/builder/ui-text';
import type { FormIssueError } from '@/components/builder/draft-resolver';
import { translateIssue } from '@/components/builder/validation-text';

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
  // Subscribed to this field's errors alone: a change elsewhere in the form state (readiness, another
  // field's error) re-renders no field, and the form's context value can stay the same object.
  const { errors } = useFormState<FormValues>({ name: name as FieldPath<FormValues> });
  const t = useT();
  const error = get(errors, name) as Partial<FormIssueError> | undefined;
  const id = `f-${name.replace(/\./g, '-')}`;
  const message = error?.issue ? translateIssue(error.issue, t) : error?.message;
  return { id, error: message, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const t = useT();
  return (
    <label htmlFor={id} className="block text-sm font-medium text-slate-900">
      {label}
      {required ? (
        <span className="text-red-800"> *</span>
      ) : (
        <span className="font-normal text-slate-600"> {t('field.optional')}</span>
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

/** What a registered field's control gets: its id, its hint and error tied to it, the form's handlers. */
type ControlProps = ReturnType<UseFormRegister<FormValues>> & {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
};

/** A field of the builder's form: its label, the control `control` draws, its hint and error. */
function RegisteredField({
  name,
  label,
  hint,
  required,
  className,
  options,
  control,
}: BaseProps & { options?: RegisterOptions<FormValues>; control: (props: ControlProps) => ReactNode }) {
  const { register } = useFormContext<FormValues>();
  const { id, error, errorId, hintId } = useFieldState(name);
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      {control({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hint, hintId, error, errorId),
        className: `${inputClass} border-slate-400`,
        ...register(name as never, options as never),
      })}
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function TextField({
  type = 'text',
  autoComplete,
  inputMode,
  ...field
}: BaseProps & {
  type?: string;
  autoComplete?: string;
  options?: RegisterOptions<FormValues>;
  inputMode?: 'numeric' | 'email' | 'url' | 'text';
}) {
  return (
    <RegisteredField
      {...field}
      control={(props) => <input type={type} inputMode={inputMode} autoComplete={autoComplete ?? 'off'} {...props} />}
    />
  );
}

export function TextAreaField({ rows = 5, ...field }: BaseProps & { rows?: number }) {
  return <RegisteredField {...field} control={(props) => <textarea rows={rows} {...props} />} />;
}

export function SelectField({ choices, ...field }: BaseProps & { choices: { value: string; label: string }[] }) {
  // The same elements while the choices are the same: React then skips them when the form re-renders (a
  // country list is ~250 options, and the builder re-renders on every keystroke).
  const options = useMemo(
    () =>
      choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      )),
    [choices],
  );
  return <RegisteredField {...field} control={(props) => <select {...props}>{options}</select>} />;
}

export function FieldError({ name }: { name: string }) {
  const { error, errorId } = useFieldState(name);
  return error ? (
    <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}
