import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '@/lib/shared/draft/form-values';

const CARD =
  'flex gap-2 rounded-md border border-slate-300 bg-white has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50';

/** One choice of the form's as a group of radio cards under a legend: the card of the checked one lights up. */
export function RadioCards({
  name,
  legend,
  legendClassName,
  className,
  cardClassName,
  inputClassName,
  choices,
}: {
  name: 'template' | 'job.workplace';
  legend: ReactNode;
  legendClassName: string;
  /** The layout of the cards. */
  className: string;
  /** The card's padding and alignment (its border and checked colours are the same everywhere). */
  cardClassName: string;
  inputClassName?: string;
  choices: readonly { value: string; label: ReactNode }[];
}) {
  const { register } = useFormContext<FormValues>();
  return (
    <fieldset>
      <legend className={legendClassName}>{legend}</legend>
      <div className={className}>
        {choices.map((choice) => (
          <label key={choice.value} className={`${CARD} ${cardClassName}`}>
            <input type="radio" value={choice.value} {...register(name)} className={inputClassName} />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
