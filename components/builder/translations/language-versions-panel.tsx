'use client';

import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LANGUAGES, type Language } from '@/lib/draft/draft-schema';
import { listSharedPostings, rememberSharedPosting } from '@/lib/browser-storage/shared-postings';
import { Button } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { Panel } from '@/components/ui/panel';
import { useCurrentSharedPosting } from '@/components/share/use-shared-posting';
import { addLanguageVersion } from './language-versions-api';
import { LANGUAGE_NAMES } from '@/lib/draft/language-names';
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
    setMessage(`${LANGUAGE_NAMES[choice]} version created. Opening it…`);
    openInBuilder(result.data.editUrl);
  }

  return (
    <Panel id="language-versions" title="Language versions">
      {!record ? (
        <p className="mt-2 text-sm text-slate-700">
          Create a share link first: a language version is made from the saved posting.
        </p>
      ) : (
        <div className="mt-2 grid gap-3 text-sm">
          <p className="text-slate-700">
            This version is in {LANGUAGE_NAMES[own]}. Every language version shares the pay, location, skills and how to
            apply: saving any of them updates the others. Each has its own text, review and publication.
          </p>
          {others.length > 0 ? (
            <ul className="grid gap-1">
              {others.map((other) => {
                const held = mine.get(other.id);
                return (
                  <li key={other.id}>
                    <span className="font-medium">{LANGUAGE_NAMES[other.language]}</span>:{' '}
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
                          Open in the builder<span className="sr-only"> ({LANGUAGE_NAMES[other.language]})</span>
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
                label="Language of the new version"
                value={choice}
                onChange={(e) => setChoice(e.target.value as Language | '')}
              >
                <option value="">Choose a language</option>
                {free.map((l) => (
                  <option key={l} value={l}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </LabelledSelect>
              <Button disabled={busy || !choice} onClick={() => void add()}>
                Add a language version
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
