import { useState } from 'react';
import { Button } from '@/components/ui/button';

const RESET_AFTER_MS = 2500;

/** Its words come from the page (`done`, `failed`, `announced`); without them, English (the builder's share panel). */
export function CopyButton({
  text,
  label,
  done = 'Copied',
  failed = 'Copy failed: select the link',
  announced = 'copied to the clipboard',
}: {
  text: string;
  label: string;
  done?: string;
  failed?: string;
  announced?: string;
}) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), RESET_AFTER_MS);
  }
  return (
    <Button size="sm" onClick={() => void copy()}>
      {copied === 'done' ? done : copied === 'failed' ? failed : label}
      <span className="sr-only" aria-live="polite">
        {copied === 'done' ? ` – ${announced}` : ''}
      </span>
    </Button>
  );
}
