import { useState } from 'react';
import { useT } from '@/components/builder/ui-text';
import { setRequireApproval } from '@/components/share/postings-api';

/** "Require approval before publishing": stored on the posting at once (PATCH), so every browser keeps to it. */
export function ApprovalSetting({
  id,
  token,
  required,
  onChange,
}: {
  id: string;
  token: string;
  required: boolean;
  onChange: (required: boolean) => void;
}) {
  // The box shows the choice at once, while it is being stored; a refusal puts it back and says why.
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  async function toggle(next: boolean) {
    setPending(next);
    const result = await setRequireApproval(id, token, next);
    setPending(null);
    if (!result.ok) return setError(t('approval.failed', { reason: result.message }));
    setError(null);
    onChange(result.data.requireApproval);
  }

  return (
    <div className="mt-3">
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={pending ?? required}
          disabled={pending !== null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        {t('approval.require')}
      </label>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
