import { PostingBody } from '@/components/posting/posting-body';
import { useBuilderPreview } from './builder-context';
import { useT } from './ui-text';

/** The posting as it will read (sanitized HTML from the render pipeline). */
export function PreviewPanel() {
  const preview = useBuilderPreview();
  const t = useT();
  return (
    <section
      aria-labelledby="preview-title"
      aria-busy={preview.status === 'updating'}
      className="posting-print rounded-lg border border-slate-200 bg-white"
    >
      <div className="no-print flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="preview-title" className="text-sm font-semibold text-slate-700">
          {t('preview.title')}
        </h2>
        {/* Only a failure is announced: a note on every keystroke would drown a screen reader. */}
        <p className="text-xs text-slate-600" aria-live="polite">
          {preview.status === 'error' ? t('preview.failed') : ''}
        </p>
      </div>
      <div className="max-h-none overflow-auto p-4 sm:p-6 lg:max-h-[70vh]">
        {preview.html ? (
          <PostingBody html={preview.html} data-testid="preview" />
        ) : (
          <p className="text-sm text-slate-600">{t('preview.empty')}</p>
        )}
      </div>
    </section>
  );
}
