import { ChecksPanel } from './checks-panel';
import { PreviewPanel } from './preview-panel';

/**
 * Beside the steps on a wide screen, below them (behind a toggle) on a phone. Panels about the posting
 * or the step on screen go here, in reading order; each reads what it needs from useBuilder() and
 * useBuilderPreview() and is hidden when printing unless it is the preview.
 */
export function BuilderAside({ open }: { open: boolean }) {
  return (
    <div
      id="builder-aside"
      className={`${open ? 'grid' : 'hidden'} content-start gap-4 print:grid lg:sticky lg:top-4 lg:grid lg:self-start`}
    >
      <PreviewPanel />
      <ChecksPanel />
    </div>
  );
}
