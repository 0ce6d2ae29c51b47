'use client';

import { Panel } from '@/components/ui/panel';
import { useState } from 'react';
import type { Draft } from '@/lib/draft/draft-schema';
import { Button } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { useBuilder } from '../builder-context';

async function render(draft: Draft, query: string): Promise<Response> {
  const response = await fetch(`/api/render?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  if (!response.ok) throw new Error(`render answered ${response.status}`);
  return response;
}

function fileNameFrom(response: Response, fallback: string) {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** Downloads and clipboard copies, all from the same render pipeline as the preview and the share page. */
export function ExportActions() {
  const { getDraft } = useBuilder();
  const [status, setStatus] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4');

  async function run(label: string, action: (draft: Draft) => Promise<string>) {
    const draft = getDraft();
    if (!draft) return setStatus('Finish the required fields of every step first.');
    setStatus(`${label}…`);
    try {
      setStatus(await action(draft));
    } catch {
      setStatus(`${label} failed. Please try again.`);
    }
  }

  const download = (format: 'markdown' | 'pdf', label: string) =>
    run(label, async (draft) => {
      const extra = format === 'pdf' ? `&pageSize=${pageSize}` : '';
      const response = await render(draft, `format=${format}&download=1${extra}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameFrom(response, format === 'pdf' ? 'posting.pdf' : 'posting.md');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return `Downloaded ${link.download}`;
    });

  const copyText = (format: 'markdown' | 'text', label: string) =>
    run(label, async (draft) => {
      await navigator.clipboard.writeText(await (await render(draft, `format=${format}`)).text());
      return `${label}: copied`;
    });

  const copyRich = () =>
    run('Copy rich text', async (draft) => {
      const [html, text] = await Promise.all([render(draft, 'format=html'), render(draft, 'format=text')]);
      const item = new ClipboardItem({
        'text/html': new Blob([await html.text()], { type: 'text/html' }),
        'text/plain': new Blob([await text.text()], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return 'Rich text copied: paste it into your applicant tracking system.';
    });

  return (
    <Panel id="export" title="Export">
      <p className="mt-1 text-sm text-slate-700">
        Needs every required field filled in; no saved version. Exports the posting as it is on screen now.
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <Button variant="primary" onClick={() => void download('pdf', 'Download PDF')}>
          Download PDF
        </Button>
        <LabelledSelect
          id="pdf-page-size"
          label="PDF page size"
          hideLabel
          compact
          value={pageSize}
          onChange={(e) => setPageSize(e.target.value as 'A4' | 'LETTER')}
        >
          <option value="A4">A4</option>
          <option value="LETTER">US Letter</option>
        </LabelledSelect>
        <Button onClick={() => void download('markdown', 'Download Markdown')}>Download Markdown (.md)</Button>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button onClick={() => void copyText('markdown', 'Copy Markdown')}>Copy Markdown</Button>
        <Button onClick={() => void copyText('text', 'Copy plain text')}>Copy plain text</Button>
        <Button onClick={() => void copyRich()}>Copy rich text</Button>
        <Button onClick={() => window.print()}>Print view</Button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {status}
      </p>
    </Panel>
  );
}
