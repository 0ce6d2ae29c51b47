import { buttonClasses } from '@/components/ui/button';
import { AUTHOR_MAX, COMMENT_BODY_MAX, NOTE_MAX, QUOTE_MAX } from '@/lib/shared/review/review-schema';
import type { ReviewFormKind, ReviewFormState, ReviewPageView } from '@/lib/server/review/review-page';
import { CommentThread } from './comment-thread';
import { DiffText } from './diff-text';
import { TextArea, TextField } from './review-fields';
import { verdictLabel } from './review-format';

// The reviewer's page: plain HTML forms posting back to the page itself (POST, then redirect to GET),
// so it needs no script. <details> opens each comment form without script, from the keyboard too.

const savedText = {
  comment: 'Your comment was saved. The author sees it in the builder.',
  approve: 'You approved this version. The author sees your verdict.',
  changes: 'You asked for changes. The author sees your verdict and note.',
};

function formFor(form: ReviewFormState | null, kind: ReviewFormKind, section?: string) {
  if (!form || form.kind !== kind || (kind === 'comment' && form.section !== section)) return undefined;
  return form;
}

export function ReviewPage({ view }: { view: ReviewPageView }) {
  const latestVerdict = view.verdicts.at(-1);
  const { openComments } = view;
  const verdictForm = formFor(view.form, 'verdict');
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-6">
      <header className="grid gap-2">
        <p className="text-sm font-medium text-slate-700">Review · version {view.version}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {view.title} <span className="font-normal text-slate-700">at {view.company}</span>
        </h1>
        <p className="text-slate-700">
          Comment on any section below, then approve this version or ask for changes at the bottom.{' '}
          {openComments === 1 ? '1 open comment' : `${openComments} open comments`}
          {view.approvedVersion !== null ? ` · approved version: v${view.approvedVersion}` : ''}
          {latestVerdict ? ` · latest verdict: ${verdictLabel(latestVerdict)}` : ''}.
        </p>
        {view.saved ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-900"
          >
            {savedText[view.saved]}
          </p>
        ) : null}
        {view.form ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900">
            {view.form.message}{' '}
            <a href={view.form.kind === 'verdict' ? '#verdict' : `#section-${view.form.section ?? 'title'}`}>
              Go to the form
            </a>
          </p>
        ) : null}
      </header>

      <ChangesPanel view={view} />

      <article aria-label={`${view.title}, version ${view.version}`} className="grid gap-4">
        {view.sections.map((section) => {
          const form = formFor(view.form, 'comment', section.id);
          const prefix = `c-${section.id}`;
          return (
            <section
              key={section.id}
              id={`section-${section.id}`}
              aria-labelledby={`${prefix}-heading`}
              className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
            >
              <h2 id={`${prefix}-heading`} className="text-lg font-semibold">
                {section.heading}
              </h2>
              {section.lines.length === 0 ? (
                <p className="text-slate-600 italic">Nothing here yet.</p>
              ) : section.list ? (
                <ul lang={view.language} className="list-disc grid gap-1 pl-5">
                  {section.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : (
                <div lang={view.language} className="grid gap-2">
                  {section.lines.map((line, i) =>
                    section.id === 'title' && i === 0 ? (
                      <p key={i} className="text-lg font-semibold">
                        {line}
                      </p>
                    ) : (
                      <p key={i} className="whitespace-pre-line">
                        {line}
                      </p>
                    ),
                  )}
                </div>
              )}
              <div className="grid gap-2 border-t border-slate-200 pt-3">
                <h3 className="text-sm font-semibold text-slate-700">
                  {section.count.total === 0
                    ? `No comments on ${section.heading} yet`
                    : `Comments on ${section.heading} (${section.count.total})`}
                </h3>
                <ThreadPaging section={section} />
                <CommentThread comments={section.comments} latestVersion={view.version} />
                <details open={form ? true : undefined} className="group">
                  <summary className={buttonClasses({ size: 'sm', className: 'w-fit cursor-pointer' })}>
                    Comment on {section.heading}
                  </summary>
                  <form method="post" className="mt-3 grid gap-3">
                    <FormTarget kind="comment" section={section.id} version={view.version} />
                    <AuthorField
                      id={`${prefix}-author`}
                      hint="Shown with your comment. This browser remembers it."
                      form={form}
                      reviewerName={view.reviewerName}
                    />
                    <TextField
                      id={`${prefix}-quote`}
                      name="quote"
                      label="The words you comment on (optional)"
                      hint="Copy the exact words from the section, so the author finds them."
                      defaultValue={form?.values.quote}
                      error={form?.errors.quote}
                      maxLength={QUOTE_MAX}
                    />
                    <TextArea
                      id={`${prefix}-body`}
                      name="body"
                      label="Comment"
                      defaultValue={form?.values.body}
                      error={form?.errors.body}
                      maxLength={COMMENT_BODY_MAX}
                      required
                    />
                    <button type="submit" className={buttonClasses({ variant: 'primary', className: 'w-fit' })}>
                      Add comment
                    </button>
                  </form>
                </details>
              </div>
            </section>
          );
        })}
      </article>

      <section
        id="verdict"
        aria-labelledby="verdict-heading"
        className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-6"
      >
        <h2 id="verdict-heading" className="text-lg font-semibold">
          Your verdict on version {view.version}
        </h2>
        {view.earlierVerdicts > 0 ? (
          <p className="text-sm text-slate-700">
            The latest {view.verdicts.length} verdicts; {view.earlierVerdicts} earlier ones are not shown.
          </p>
        ) : null}
        {view.verdicts.length > 0 ? (
          <ul className="grid gap-1 text-sm">
            {view.verdicts.map((v) => (
              <li key={v.id}>
                <span className="font-medium">{verdictLabel(v)}</span>
                {v.version < view.version ? ' (an older version)' : ''}
                {v.note ? (
                  <span className="block whitespace-pre-line break-words text-slate-700">“{v.note}”</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No verdicts yet.</p>
        )}
        <form method="post" className="grid gap-3">
          <FormTarget kind="verdict" version={view.version} />
          <AuthorField id="verdict-author" form={verdictForm} reviewerName={view.reviewerName} />
          <TextArea
            id="verdict-note"
            name="note"
            label="Note (optional)"
            hint="What must change, or anything the author should know."
            defaultValue={verdictForm?.values.note}
            error={verdictForm?.errors.note ?? verdictForm?.errors.verdict}
            maxLength={NOTE_MAX}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="verdict" value="approve" className={buttonClasses({ variant: 'primary' })}>
              Approve this version
            </button>
            <button type="submit" name="verdict" value="changes" className={buttonClasses({ variant: 'danger' })}>
              Request changes
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}

/** Which of a section's comments are shown, with plain links to earlier ones and back to the latest. */
function ThreadPaging({ section }: { section: ReviewPageView['sections'][number] }) {
  const shown = section.comments.length;
  if (!section.earlierHref && !section.latestHref) return null;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-700">
      <span>{section.latestHref ? `Showing ${shown} earlier comments.` : `Showing the latest ${shown}.`}</span>
      {section.earlierHref ? (
        <a href={section.earlierHref} className="font-medium underline">
          Show earlier comments<span className="sr-only"> on {section.heading}</span>
        </a>
      ) : null}
      {section.latestHref ? (
        <a href={section.latestHref} className="font-medium underline">
          Back to the latest<span className="sr-only"> comments on {section.heading}</span>
        </a>
      ) : null}
    </p>
  );
}

/** Which of the page's forms was posted, about which section and version: what the POST handler reads first. */
function FormTarget({ kind, section, version }: { kind: ReviewFormKind; section?: string; version: number }) {
  return (
    <>
      <input type="hidden" name="form" value={kind} />
      {section ? <input type="hidden" name="section" value={section} /> : null}
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** The reviewer's name: what they typed before an error, else the name this browser remembers. */
function AuthorField({
  id,
  hint,
  form,
  reviewerName,
}: {
  id: string;
  hint?: string;
  form: ReviewFormState | undefined;
  reviewerName: string;
}) {
  return (
    <TextField
      id={id}
      name="author"
      label="Your name"
      hint={hint}
      defaultValue={form?.values.author ?? reviewerName}
      error={form?.errors.author}
      maxLength={AUTHOR_MAX}
      autoComplete="name"
      required
    />
  );
}

function ChangesPanel({ view }: { view: ReviewPageView }) {
  if (view.olderVersions.length === 0) return null;
  const { changes } = view;
  const changed = changes?.sections.filter((s) => s.changed) ?? [];
  return (
    <section
      aria-labelledby="changes-heading"
      className="grid gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6"
    >
      <h2 id="changes-heading" className="text-lg font-semibold">
        {changes
          ? view.changesSince === 'last-comment'
            ? 'Changed since you last commented'
            : `Changed since version ${changes.from}`
          : 'What changed'}
      </h2>
      {changes ? (
        <p className="text-sm text-slate-700">
          {view.changesSince === 'last-comment'
            ? `You last commented on version ${changes.from}; the author has saved since. `
            : ''}
          {changed.length === 0
            ? 'The wording is the same.'
            : `Changed: ${changed.map((s) => s.heading).join(', ')}. Added words are underlined, removed words struck through.`}
        </p>
      ) : null}
      {view.changesLimited ? (
        <p role="status" className="text-sm text-slate-700">
          Too many new comparisons from you just now: try again in a minute.
        </p>
      ) : null}
      {changed.map((s) => (
        <div key={s.section} className="grid gap-1 rounded-md bg-white p-3">
          <h3 className="text-sm font-semibold">{s.heading}</h3>
          {s.rewritten ? (
            <p className="text-sm text-slate-700">Rewritten: too much changed to mark word by word.</p>
          ) : null}
          <DiffText parts={s.parts} />
        </div>
      ))}
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="grid gap-1">
          <label htmlFor="since" className="text-sm font-medium">
            Compare version {view.version} with
          </label>
          <select
            id="since"
            name="since"
            defaultValue={changes?.from}
            className="rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {view.olderVersions.map((v) => (
              <option key={v} value={v}>
                version {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses({ size: 'md' })}>
          Show changes
        </button>
      </form>
    </section>
  );
}
