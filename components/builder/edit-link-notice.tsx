import type { EditLinkState } from '@/components/share/use-edit-link';
import { useT } from './ui-text';

/** What became of the edit link the builder was opened with. */
export function EditLinkNotice({ state }: { state: EditLinkState }) {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p role="status">{t('editLink.loading')}</p>;
    case 'error':
      return (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          {state.message}
        </p>
      );
    case 'loaded':
      return (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t('editLink.loaded', { title: state.title, version: state.version })}
        </p>
      );
  }
}
