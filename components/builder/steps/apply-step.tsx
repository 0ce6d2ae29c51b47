'use client';

import { TextField } from '@/components/ui/form-field';

export function ApplyStep() {
  return (
    <div className="grid gap-5">
      <p className="text-sm text-slate-700">Give an application link, an email address, or both.</p>
      <TextField
        name="apply.url"
        label="Application link"
        type="url"
        inputMode="url"
        hint="e.g. https://acme.example/jobs/42"
      />
      <TextField name="apply.email" label="Application email" type="email" inputMode="email" autoComplete="email" />
      <TextField
        name="apply.closingDate"
        label="Closing date"
        type="date"
        hint="Job search engines show it, and remove the posting after it."
      />
    </div>
  );
}
