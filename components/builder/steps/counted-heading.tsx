import { useT } from '../ui-text';

/** A list's heading with how full it is ("Selected skills (8 of 40)"): the limit is seen before it is hit. */
export function CountedHeading({ id, title, count, max }: { id: string; title: string; count: number; max: number }) {
  const t = useT();
  return (
    <h3 id={id} className="font-semibold">
      {title} <span className="font-normal text-slate-600">{t('list.count', { count, max })}</span>
    </h3>
  );
}
