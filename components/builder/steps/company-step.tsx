'use client';

import { TextAreaField, TextField } from '@/components/ui/form-field';
import { LogoUpload } from './logo-upload';
import { OtherLanguageText } from '../translations/other-language-text';

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
      <OtherLanguageText field="company.about" label="About the company" />
      <TextField
        name="company.website"
        label="Website"
        type="url"
        inputMode="url"
        hint="A full address, e.g. https://acme.example"
      />
      <TextField
        name="company.logoUrl"
        label="Logo address"
        type="url"
        inputMode="url"
        hint="An image on your own site, shown on your job pages; must start with https://. Or upload one below."
      />
      <LogoUpload />
      <TextField
        name="company.accentColor"
        label="Accent colour"
        hint="A hex colour such as #0b3d2e, for the band and Apply button on your job pages. A colour text cannot be read on is not used."
        autoComplete="off"
      />
    </div>
  );
}
