import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Draft, Language } from '@/lib/shared/draft/draft-schema';
import { rememberSharedPosting } from '@/lib/browser/storage/shared-postings';
import { useCurrentSharedPosting } from '@/components/share/current-posting';

/** Another language version of the shared posting the builder is editing, as last read from the server. */
export interface OtherVersion {
  language: Language;
  id: string;
  draft: Draft;
}

interface LanguageVersionsState {
  /** The other versions, oldest first; empty while the posting is not shared or has none. */
  others: OtherVersion[];
  /** Reads them again (after a version was added). */
  reload: () => void;
}

const LanguageVersionsContext = createContext<LanguageVersionsState>({ others: [], reload: () => undefined });

/**
 * Reads the shared posting's language versions (GET /api/postings/{id} lists them) and each one's latest
 * draft, once per saved version of the posting here: the side-by-side text and the Add action read it.
 */
export function LanguageVersionsProvider({ children }: { children: ReactNode }) {
  const record = useCurrentSharedPosting();
  const [others, setOthers] = useState<OtherVersion[]>([]);
  const [round, setRound] = useState(0);
  const [language, setLanguage] = useState<Language | null>(null);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const id = record?.id;
  const token = record?.editToken;
  const version = record?.version;

  useEffect(() => {
    if (!id || !token) return;
    let cancelled = false;
    void (async () => {
      // The API client loads with the first posting that is shared: a builder that never shared loads none.
      const { fetchSharedPosting } = await import('@/components/share/postings-api');
      const own = await fetchSharedPosting(id, token);
      if (!own.ok || cancelled) return;
      const list = own.data.translations ?? [];
      const read = await Promise.all(
        list.map(async ({ language, id: otherId }) => {
          const other = await fetchSharedPosting(otherId);
          return other.ok ? { language, id: otherId, draft: other.data.draft } : null;
        }),
      );
      if (cancelled) return;
      setOthers(read.filter((v): v is OtherVersion => v !== null));
      setLanguage(own.data.draft.language ?? 'en');
    })();
    return () => {
      cancelled = true;
    };
  }, [id, token, version, round]);

  // My postings shows a posting's language versions together: it reads them from this browser's records.
  useEffect(() => {
    if (!record || !language) return;
    const ids = others.map((o) => o.id);
    if (record.language === language && sameIds(record.languageVersions ?? [], ids)) return;
    rememberSharedPosting({ ...record, language, languageVersions: ids });
  }, [record, others, language]);

  return (
    <LanguageVersionsContext.Provider value={{ others: id ? others : [], reload }}>
      {children}
    </LanguageVersionsContext.Provider>
  );
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function useLanguageVersions(): LanguageVersionsState {
  return useContext(LanguageVersionsContext);
}
