import { formatShare } from '@/lib/catalog/search';

/** The share of postings as text for everyone and as a bar for the eye; the scale is 0–100%. */
export function PostingShareBar({ share, skillName }: { share: number; skillName: string }) {
  return (
    <div>
      <p className="text-sm text-slate-700">
        Found in <strong className="font-semibold text-slate-900">{formatShare(share)}</strong> of postings
        <span className="sr-only"> that ask for {skillName}</span>
      </p>
      <div className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.max(share, 1)}%` }} />
      </div>
    </div>
  );
}
