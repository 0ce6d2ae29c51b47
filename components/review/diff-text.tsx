import type { DiffPart } from '@/lib/server/review/version-diff';

/** A word diff as text with <ins> and <del>, which screen readers announce as inserted and deleted. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-line leading-relaxed">
      {parts.map((part, i) =>
        part.op === 'added' ? (
          <ins
            key={i}
            className="bg-green-100 text-green-900 no-underline decoration-green-700 underline-offset-2 [text-decoration-line:underline]"
          >
            {part.text}
          </ins>
        ) : part.op === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
