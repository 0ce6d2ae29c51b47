import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LANGUAGES, type Language } from '@/lib/shared/draft/draft-schema';
import { listSharedPostings, rememberSharedPosting } from '@/lib/browser/storage/shared-postings';
import { Button } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { Panel } from '@/components/ui/panel';
import { useCurrentSharedPosting } from '@/components/share/current-posting';
import { addLanguageVersion } from './language-versions-api';
import { useT, useUiLocale } from '../ui-text';
import { languageName } from './language-name';
import { useLanguageVersions } from './use-language-versions';

/**
 * The posting's language versions and "Add a language version": the server makes a posting of its own in
 * that language from the saved version (same pay, location, skills and apply data, the text to translate),
 * and the builder opens it.
 */
export function LanguageVersionsPanel() {
  const record = useCurrentSharedPosting();
  const { others } = useLanguageVersions();
  const [choice, setChoice] = useState<Language | ''>('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const t = useT();
  const locale = useUiLocale();
  const own = ((useWatch({ name: 'language' }) as Language | undefined) ?? 'en') as Language;
  const free = LANGUAGES.filter((l) => l !== own && !others.some((o) => o.language === l));
  const mine = new Map(listSharedPostingsSafe().map((r) => [r.id, r]));

  async function add() {
    if (!record || !choice) return;
    setBusy(true);
    setMessage('');
    const result = await addLanguageVersion(record.id, record.editToken, choice);
    if (!result.ok) {
      setBusy(false);
      return setMessage(result.message);
    }
    const now = new Date().toISOString();
    rememberSharedPosting({
      ...result.data,
      title: record.title,
      company: record.company,
      createdAt: now,
      updatedAt: now,
      expiresAt: record.expiresAt ?? null,
      language: choice,
      languageVersions: [record.id, ...others.map((o) => o.id)],
    });
    setMessage(t('versions.created', { language: languageName(choice, locale) }));
    openInBuilder(result.data.editUrl);
  }

  return (
    <Panel id="language-versions" title={t('versions.title')}>
      {!record ? (
        <p className="mt-2 text-sm text-slate-700">{t('versions.needsShare')}</p>
      ) : (
        <div className="mt-2 grid gap-3 text-sm">
          <p className="text-slate-700">{t('versions.intro', { language: languageName(own, locale) })}</p>
          {others.length > 0 ? (
            <ul className="grid gap-1">
              {others.map((other) => {
                const held = mine.get(other.id);
                return (
                  <li key={other.id}>
                    <span className="font-medium">{languageName(other.language, locale, true)}</span>:{' '}
                    <span lang={other.language}>{other.draft.job.title}</span>
                    {held && !held.revoked ? (
                      <>
                        {' '}
                        <a
                          href={held.editUrl}
                          onClick={(event) => {
                            event.preventDefault();
                            openInBuilder(held.editUrl);
                          }}
                          className="text-brand-700 underline"
                        >
                          {t('versions.open')}
                          <span className="sr-only"> ({languageName(other.language, locale)})</span>
                        </a>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {free.length > 0 ? (
            <div className="flex flex-wrap items-end gap-2">
              <LabelledSelect
                id="language-version-choice"
                label={t('versions.choice')}
                value={choice}
                onChange={(e) => setChoice(e.target.value as Language | '')}
              >
                <option value="">{t('versions.choose')}</option>
                {free.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l, locale, true)}
                  </option>
                ))}
              </LabelledSelect>
              <Button disabled={busy || !choice} onClick={() => void add()}>
                {t('versions.add')}
              </Button>
            </div>
          ) : null}
          <p role="status" aria-live="polite" className="text-slate-700">
            {message}
          </p>
        </div>
      )}
    </Panel>
  );
}

/**
 * Opens an edit link in this builder, which reads it once, when the page loads: a link that differs from the
 * address only in its fragment needs a reload. What was being edited here is kept as a backup by the builder.
 */
function openInBuilder(editUrl: string) {
  const target = new URL(editUrl, window.location.href);
  const here = window.location;
  if (target.origin === here.origin && target.pathname === here.pathname && target.search === here.search) {
    here.hash = target.hash;
    here.reload();
  } else {
    here.assign(target.href);
  }
}

function listSharedPostingsSafe() {
  return typeof window === 'undefined' ? [] : listSharedPostings();
}
