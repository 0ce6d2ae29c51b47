import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';

const selectClass = 'rounded-md border border-slate-400 bg-white py-2';

interface LabelledSelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  label: ReactNode;
  /** For assistive technology only: where the button beside the select already says what the choice is for. */
  hideLabel?: boolean;
  /** Smaller text and padding, to sit in a row of small buttons. */
  compact?: boolean;
  /** Where the label and select sit in the layout around them. */
  className?: string;
  selectClassName?: string;
}

/**
 * A choice a component keeps in its own state, with its label. Fields of the builder's form are SelectField
 * (components/ui/form-field), which registers them with the form and shows their errors.
 */
export function LabelledSelect({
  id,
  label,
  hideLabel = false,
  compact = false,
  className,
  selectClassName,
  ...select
}: LabelledSelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'block font-medium'}>
        {label}
      </label>
      <select
        id={id}
        className={[selectClass, compact ? 'px-2 text-sm' : 'px-3', hideLabel ? '' : 'mt-1', selectClassName]
          .filter(Boolean)
          .join(' ')}
        {...select}
      />
    </div>
  );
}
