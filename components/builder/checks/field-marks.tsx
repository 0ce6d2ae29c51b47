import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useWatch } from 'react-hook-form';
import type { StandingFinding } from '@/lib/shared/checks/finding';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import { formFieldFor } from '@/lib/shared/draft/form-values';
import { Button } from '@/components/ui/button';
import { useBuilder, useBuilderPreview } from '../builder-context';
import { FindingActions, FindingWhy } from './finding-card';
import { useFindingActions } from './use-finding-actions';
import { useT } from '../ui-text';

interface Mark {
  start: number;
  end: number;
  finding: StandingFinding;
  fix?: StandingFinding['fix'];
}

type TextInput = HTMLTextAreaElement | HTMLInputElement;

/** The field's text in the draft the findings were computed from ("responsibilities.2" → its text). */
function checkedText(draft: Draft | undefined, field: string): string | undefined {
  let node: unknown = draft;
  for (const key of field.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const inputId = (field: string) => `f-${formFieldFor(field).replace(/\./g, '-')}`;

// What makes the mirror wrap exactly like the field it lies over.
const MIRRORED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'textAlign',
  'boxSizing',
] as const;

function useBox(input: TextInput) {
  const [box, setBox] = useState<{ frame: CSSProperties; text: CSSProperties }>({ frame: {}, text: {} });
  useLayoutEffect(() => {
    const measure = () => {
      const style = getComputedStyle(input);
      const text: CSSProperties = { borderStyle: 'solid', borderColor: 'transparent' };
      for (const key of MIRRORED) (text as Record<string, string>)[key] = style[key];
      setBox({
        frame: { top: input.offsetTop, left: input.offsetLeft, width: input.offsetWidth, height: input.offsetHeight },
        text,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(input);
    return () => observer.disconnect();
  }, [input]);
  return box;
}

/** A flagged place, readable by assistive technology; focusing or hovering it shows the reason and the fix. */
function MarkDetails({ mark, onClose }: { mark: Mark; onClose: () => void }) {
  const { fix } = useFindingActions();
  const t = useT();
  const { finding } = mark;
  return (
    <div className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm" data-mark-details={finding.id}>
      <p className="text-slate-900">{finding.message}</p>
      {finding.suggestion ? <p className="text-slate-800">{finding.suggestion}</p> : null}
      <FindingWhy finding={finding} />
      <FindingActions finding={finding} className="mt-1" onDismissDone={onClose}>
        {mark.fix ? (
          <Button size="sm" variant="primary" onClick={() => (fix(mark.fix!), onClose())}>
            {t('finding.applyFix', { replace: mark.fix.replace })}
          </Button>
        ) : null}
      </FindingActions>
    </div>
  );
}

function MarkedField({ field, input, text, marks }: { field: string; input: TextInput; text: string; marks: Mark[] }) {
  const box = useBox(input);
  const t = useT();
  const mirror = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);

  // The mirror scrolls with the field; the caret or the pointer on a marked word opens its details.
  useEffect(() => {
    const sync = () => {
      if (mirror.current) {
        mirror.current.scrollTop = input.scrollTop;
        mirror.current.scrollLeft = input.scrollLeft;
      }
    };
    const atCaret = () => {
      const caret = input.selectionStart ?? -1;
      const index = marks.findIndex((m) => caret >= m.start && caret <= m.end);
      if (index !== -1) setActive(index);
    };
    const atPointer = (event: MouseEvent) => {
      const hits = mirror.current?.querySelectorAll<HTMLElement>('mark') ?? [];
      hits.forEach((mark, index) => {
        for (const rect of mark.getClientRects()) {
          const inside =
            event.clientX >= rect.left &&
            event.clientX <= rect.right &&
            event.clientY >= rect.top &&
            event.clientY <= rect.bottom;
          if (inside) setActive(index);
        }
      });
    };
    sync();
    const target: HTMLElement = input;
    target.addEventListener('scroll', sync);
    target.addEventListener('keyup', atCaret);
    target.addEventListener('click', atCaret);
    target.addEventListener('mousemove', atPointer);
    return () => {
      target.removeEventListener('scroll', sync);
      target.removeEventListener('keyup', atCaret);
      target.removeEventListener('click', atCaret);
      target.removeEventListener('mousemove', atPointer);
    };
  }, [input, marks]);

  const segments: React.ReactNode[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    if (mark.start < at) return;
    segments.push(text.slice(at, mark.start));
    segments.push(
      <mark key={index} className="rounded-sm bg-amber-300/60 text-transparent">
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  });
  segments.push(text.slice(at));
  const textarea = input instanceof HTMLTextAreaElement;
  const shown = active !== null ? marks[active] : undefined;

  return (
    <>
      <div
        aria-hidden="true"
        data-field-marks={field}
        className="pointer-events-none absolute overflow-hidden"
        style={box.frame}
      >
        <div
          ref={mirror}
          className={`h-full w-full overflow-hidden text-transparent ${textarea ? 'whitespace-pre-wrap break-words' : 'whitespace-pre'}`}
          style={box.text}
        >
          {segments}
          {textarea ? '\n' : null}
        </div>
      </div>
      <div className="mt-1 text-sm text-slate-800" data-marks-list={field}>
        <span>{t('finding.markedHere')} </span>
        {marks.map((mark, index) => (
          <button
            key={`${mark.finding.id}-${mark.start}`}
            type="button"
            className="mr-1 rounded-sm focus-visible:outline-2 focus-visible:outline-brand-600"
            aria-expanded={active === index}
            onFocus={() => setActive(index)}
            onMouseEnter={() => setActive(index)}
            onClick={() => setActive(index)}
          >
            <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-900">{text.slice(mark.start, mark.end)}</mark>
            <span className="sr-only">: {mark.finding.message}</span>
          </button>
        ))}
        {shown ? <MarkDetails mark={shown} onClose={() => setActive(null)} /> : null}
      </div>
    </>
  );
}

/**
 * Marks flagged words and sentences in the fields where they were typed, from the findings' places. A field
 * typed in since the checks ran shows no marks until the next answer, so marks never point at moved text.
 */
export function FieldMarks() {
  const { findings, checked } = useBuilderPreview();
  const { form, step } = useBuilder();
  useWatch({ control: form.control });
  const [inputs, setInputs] = useState<Record<string, TextInput>>({});

  const marksByField = useMemo(() => {
    const byField: Record<string, Mark[]> = {};
    for (const finding of findings) {
      if (finding.dismissed) continue;
      for (const place of finding.occurrences ?? []) {
        (byField[place.field] ??= []).push({ start: place.start, end: place.end, finding, fix: place.fix });
      }
    }
    for (const marks of Object.values(byField)) marks.sort((a, b) => a.start - b.start);
    return byField;
  }, [findings]);

  // The step's inputs mount after navigation (and lazily): find them whenever the page's elements change.
  useEffect(() => {
    const scan = () => {
      const found: Record<string, TextInput> = {};
      for (const field of Object.keys(marksByField)) {
        const element = document.getElementById(inputId(field));
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) found[field] = element;
      }
      setInputs((current) => {
        const same =
          Object.keys(found).length === Object.keys(current).length &&
          Object.entries(found).every(([field, element]) => current[field] === element);
        return same ? current : found;
      });
    };
    const frame = requestAnimationFrame(scan);
    const observer = new MutationObserver(scan);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [marksByField]);

  return (
    <>
      {Object.entries(inputs).map(([field, input]) => {
        const text = input.value;
        const marks = marksByField[field];
        if (!marks?.length || !input.parentElement || text !== checkedText(checked, field)) return null;
        return createPortal(
          <MarkedField key={`${step.id}-${field}`} field={field} input={input} text={text} marks={marks} />,
          input.parentElement,
          `${field}`,
        );
      })}
    </>
  );
}
