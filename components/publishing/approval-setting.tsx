'use client';

import { useState } from 'react';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle(next: boolean) {
    setSaving(true);
    const result = await setRequireApproval(id, token, next);
    setSaving(false);
    if (!result.ok) return setError(`Could not change the setting: ${result.message}`);
    setError(null);
    onChange(result.data.requireApproval);
  }

  return (
    <div className="mt-3">
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={required}
          disabled={saving}
          onChange={(event) => void toggle(event.target.checked)}
        />
        Require approval before publishing
      </label>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
