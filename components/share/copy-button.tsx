import { useState } from 'react';
import { Button } from '@/components/ui/button';

const RESET_AFTER_MS = 2500;

export function CopyButton({ text, label }: { text: string; label: string }) {
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
      {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the link' : label}
      <span className="sr-only" aria-live="polite">
        {copied === 'done' ? ' – copied to the clipboard' : ''}
      </span>
    </Button>
  );
}
