import { Panel } from '@/components/ui/panel';
import { useState } from 'react';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import { renderDraft, type RenderQuery } from '@/components/share/render-api';
import { Button } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { useBuilder } from '../builder-context';
import { useT } from '../ui-text';

async function render(draft: Draft, query: RenderQuery): Promise<Response> {
  const result = await renderDraft(draft, query);
  if (!result.ok) throw new Error(`render failed: ${result.code}`);
  return result.data;
}

function fileNameFrom(response: Response, fallback: string) {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** Downloads and clipboard copies, all from the same render pipeline as the preview and the share page. */
export function ExportActions() {
  const { getDraft } = useBuilder();
  const t = useT();
  const [status, setStatus] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4');

  async function run(label: string, action: (draft: Draft) => Promise<string>) {
    const draft = getDraft();
    if (!draft) return setStatus(t('export.finishFirst'));
    setStatus(t('export.working', { action: label }));
    try {
      setStatus(await action(draft));
    } catch {
      setStatus(t('export.failed', { action: label }));
    }
  }

  const download = (format: 'markdown' | 'pdf', label: string) =>
    run(label, async (draft) => {
      const response = await render(draft, { format, download: true, ...(format === 'pdf' ? { pageSize } : {}) });
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameFrom(response, format === 'pdf' ? 'posting.pdf' : 'posting.md');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return t('export.downloaded', { file: link.download });
    });

  const copyText = (format: 'markdown' | 'text', label: string) =>
    run(label, async (draft) => {
      await navigator.clipboard.writeText(await (await render(draft, { format })).text());
      return t('export.copied', { action: label });
    });

  const copyRich = () =>
    run(t('export.copyRich'), async (draft) => {
      const [html, text] = await Promise.all([render(draft, { format: 'html' }), render(draft, { format: 'text' })]);
      const item = new ClipboardItem({
        'text/html': new Blob([await html.text()], { type: 'text/html' }),
        'text/plain': new Blob([await text.text()], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return t('export.richCopied');
    });

  return (
    <Panel id="export" title={t('export.title')}>
      <p className="mt-1 text-sm text-slate-700">{t('export.intro')}</p>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <Button variant="primary" onClick={() => void download('pdf', t('export.downloadPdf'))}>
          {t('export.downloadPdf')}
        </Button>
        <LabelledSelect
          id="pdf-page-size"
          label={t('export.pageSize')}
          hideLabel
          compact
          value={pageSize}
          onChange={(e) => setPageSize(e.target.value as 'A4' | 'LETTER')}
        >
          <option value="A4">A4</option>
          <option value="LETTER">{t('export.letter')}</option>
        </LabelledSelect>
        <Button onClick={() => void download('markdown', t('export.downloadMarkdown'))}>
          {t('export.downloadMarkdownButton')}
        </Button>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button onClick={() => void copyText('markdown', t('export.copyMarkdown'))}>{t('export.copyMarkdown')}</Button>
        <Button onClick={() => void copyText('text', t('export.copyText'))}>{t('export.copyText')}</Button>
        <Button onClick={() => void copyRich()}>{t('export.copyRich')}</Button>
        <Button onClick={() => window.print()}>{t('export.print')}</Button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {status}
      </p>
    </Panel>
  );
}
