import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useSiteT } from '@/components/site-text/site-text';
import { Button } from '@/components/ui/button';
import { IMPORT_FILE_EXTENSIONS, type ImportResult } from '@/lib/shared/import/import-contract';
import { IMPORT_FILE_HINT, importFailureMessage, importFile, importText, type ImportFailureText } from './import-api';

/** What was read: a file by its name, or the pasted text (`file: null`). */
export type ImportSource = { file: string | null };

type Reading =
  { state: 'idle' } | { state: 'reading'; source: ImportSource } | { state: 'failed'; message: ImportFailureText };

/**
 * The way in: paste the posting, or give a file (chosen with the file input, or dropped on its box). The
 * file input is a real, labelled input, so the keyboard and screen readers reach it as any other; the drop
 * box only adds a target for the mouse.
 */
export function ImportStart({
  text,
  onTextChange,
  onImported,
}: {
  /** The pasted text, kept by the page so "Start again" finds it still there. */
  text: string;
  onTextChange: (text: string) => void;
  onImported: (result: ImportResult, source: ImportSource) => void;
}) {
  const t = useSiteT();
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const ids = { paste: useId(), file: useId(), fileHint: useId(), status: useId() };
  const busy = reading.state === 'reading';

  async function read(source: ImportSource, call: () => ReturnType<typeof importText>) {
    setReading({ state: 'reading', source });
    const answer = await call();
    if (answer.ok) onImported(answer.data, source);
    else setReading({ state: 'failed', message: importFailureMessage(answer) });
  }

  function submitText(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setReading({ state: 'failed', message: { id: 'import.pasteFirst' } });
    void read({ file: null }, () => importText(text));
  }

  function takeFile(file: File | undefined) {
    if (file && !busy) void read({ file: file.name }, () => importFile(file));
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    takeFile(event.dataTransfer.files[0]);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form onSubmit={submitText} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <label htmlFor={ids.paste} className="font-semibold">
          {t('import.pasteLabel')}
        </label>
        <p className="-mt-2 text-sm text-slate-600">{t('import.pasteHint')}</p>
        <textarea
          id={ids.paste}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          rows={12}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
        />
        <div>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('import.readPasted')}
          </Button>
        </div>
      </form>

      <section
        aria-labelledby={`${ids.file}-title`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`grid content-start gap-3 rounded-lg border-2 border-dashed p-4 sm:p-5 ${
          dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-400 bg-white'
        }`}
      >
        <h2 id={`${ids.file}-title`} className="font-semibold">
          {t('import.fileHeading')}
        </h2>
        <p id={ids.fileHint} className="text-sm text-slate-600">
          {t('import.fileHint', IMPORT_FILE_HINT)}
        </p>
        <label htmlFor={ids.file} className="text-sm font-medium">
          {t('import.fileLabel')}
        </label>
        <input
          id={ids.file}
          type="file"
          accept={IMPORT_FILE_EXTENSIONS.join(',')}
          aria-describedby={ids.fileHint}
          disabled={busy}
          onChange={(event) => {
            takeFile(event.target.files?.[0]);
            event.target.value = ''; // the same file chosen again reads again
          }}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-2 file:font-medium hover:file:border-brand-600"
        />
        <p
          aria-hidden="true"
          className="mt-2 hidden flex-1 place-content-center rounded-md py-10 text-center text-slate-600 sm:grid"
        >
          {dragging ? t('import.letGo') : t('import.dropHere')}
        </p>
      </section>

      <div className="lg:col-span-2" id={ids.status}>
        <p role="status" className="text-sm text-slate-700">
          {reading.state !== 'reading'
            ? ''
            : reading.source.file === null
              ? t('import.readingPasted')
              : t('import.readingFile', { file: reading.source.file })}
        </p>
        {reading.state === 'failed' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800">
            {'id' in reading.message ? (
              t(reading.message.id, reading.message.values)
            ) : (
              <span lang="en">{reading.message.serverMessage}</span>
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
