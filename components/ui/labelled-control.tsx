import type { ReactNode } from 'react';

/**
 * A label above the control it names (the control carries `id`), for controls outside the builder's form
 * registry or with their own markup; a select kept in a component's state is LabelledSelect.
 */
export function LabelledControl({
  id,
  label,
  small = false,
  children,
}: {
  id: string;
  label: ReactNode;
  /** Extra-small label text, for controls in a dense row. */
  small?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={`block ${small ? 'text-xs' : 'text-sm'} font-medium`}>
        {label}
      </label>
      {children}
    </div>
  );
}
