import type { JobEmployer } from '@/lib/server/publishing/job-page';
import { EmployerLogo } from './employer-logo';

/**
 * The employer's band at the top of its job page: logo, name, website, in its accent colour when it chose one
 * (the accent stylesheet sets --employer-accent; the theme's blue otherwise).
 */
export function EmployerHeader({ employer, websiteLabel }: { employer: JobEmployer; websiteLabel: string }) {
  return (
    <div className="employer-band">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4">
        {employer.logoUrl ? (
          <EmployerLogo src={employer.logoUrl} className="h-12 w-auto max-w-48 rounded bg-white object-contain p-1" />
        ) : null}
        <p className="text-lg font-bold [overflow-wrap:anywhere]">{employer.name}</p>
        {employer.website ? (
          <p className="ml-auto text-sm">
            <a href={employer.website} className="underline">
              {websiteLabel}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
