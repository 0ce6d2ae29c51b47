import type { JobApply } from '@/lib/server/publishing/job-page';

/** The Apply button: a plain link to the employer's form or a mailto:, in the employer's accent. */
export function ApplyLink({ apply, label }: { apply: JobApply; label: string }) {
  return (
    <div className="no-print flex flex-wrap items-center gap-x-3 gap-y-1">
      <a
        href={apply.href}
        className="employer-button inline-flex items-center rounded-md px-5 py-3 font-semibold no-underline hover:underline"
      >
        {label}
      </a>
      <span className="text-sm text-slate-700 [overflow-wrap:anywhere]">{apply.note}</span>
    </div>
  );
}
