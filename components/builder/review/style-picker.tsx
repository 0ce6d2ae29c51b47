import { useBuilderData } from '../builder-context';
import { RadioCards } from '../radio-cards';
import { useT } from '../ui-text';

/** The template the posting is rendered with, in the preview and every export. */
export function StylePicker() {
  const { templates } = useBuilderData();
  const t = useT();
  return (
    <RadioCards
      name="template"
      legend={t('review.style')}
      legendClassName="text-base font-semibold"
      className="mt-2 grid gap-2 sm:grid-cols-3"
      cardClassName="cursor-pointer p-3 text-sm"
      inputClassName="mt-1"
      choices={templates.map((template) => ({
        value: template.id,
        label: (
          <span>
            <span className="block font-semibold">{template.name}</span>
            <span className="text-slate-700">{template.description}</span>
          </span>
        ),
      }))}
    />
  );
}
