'use client';

import { TextAreaField, TextField } from '@/components/ui/form-field';

export function CompanyStep() {
  return (
    <div className="grid gap-5">
      <TextField name="company.name" label="Company name" required autoComplete="organization" />
      <TextAreaField
        name="company.about"
        label="About the company"
        rows={6}
        hint="What you make, for whom, and what it is like to work with you."
      />
      <TextField
        name="company.website"
        label="Website"
        type="url"
        inputMode="url"
        hint="A full address, e.g. https://acme.example"
      />
    </div>
  );
}
