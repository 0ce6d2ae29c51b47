'use client';

import { useState } from 'react';

export function CopyButton({ text, label, className = '' }: { text: string; label: string; className?: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className={`rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600 ${className}`}
    >
      {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the link' : label}
      <span className="sr-only" aria-live="polite">
        {copied === 'done' ? ' – copied to the clipboard' : ''}
      </span>
    </button>
  );
}
