import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { IMPORT_FILE_EXTENSIONS, type ImportResult } from '@/lib/import/import-contract';
import { importFailureMessage, importFile, importText } from './import-api';

type Reading = { state: 'idle' } | { state: 'reading'; what: string } | { state: 'failed'; message: string };

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
  onImported: (result: ImportResult, source: string) => void;
}) {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const ids = { paste: useId(), file: useId(), fileHint: useId(), status: useId() };
  const busy = reading.state === 'reading';

  async function read(what: string, call: () => ReturnType<typeof importText>) {
    setReading({ state: 'reading', what });
    const answer = await call();
    if (answer.ok) onImported(answer.data, what);
    else setReading({ state: 'failed', message: importFailureMessage(answer) });
  }

  function submitText(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setReading({ state: 'failed', message: 'Paste the posting into the box first.' });
    void read('the pasted posting', () => importText(text));
  }

  function takeFile(file: File | undefined) {
    if (file && !busy) void read(file.name, () => importFile(file));
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
          Paste the posting
        </label>
        <p className="-mt-2 text-sm text-slate-600">
          Plain text or Markdown, as copied from your job board or document.
        </p>
        <textarea
          id={ids.paste}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          rows={12}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
        />
        <div>
          <Button type="submit" variant="primary" disabled={busy}>
            Read the pasted posting
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
          Or bring a file
        </h2>
        <p id={ids.fileHint} className="text-sm text-slate-600">
          Drop it here, or choose it: {IMPORT_FILE_EXTENSIONS.join(', ')}, up to 5 MB. It is read at once.
        </p>
        <label htmlFor={ids.file} className="text-sm font-medium">
          Posting file
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
          {dragging ? 'Let go to read it' : 'Drop the file anywhere in this box'}
        </p>
      </section>

      <div className="lg:col-span-2" id={ids.status}>
        <p role="status" className="text-sm text-slate-700">
          {reading.state === 'reading' ? `Reading ${reading.what}…` : ''}
        </p>
        {reading.state === 'failed' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800">
            {reading.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
