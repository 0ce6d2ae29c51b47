import type { ReactNode } from 'react';

/** A section named by its own h3 (`aria-labelledby`), so a screen reader's landmarks list it by its title. */
export function TitledSection({
  id,
  title,
  titleClassName,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  titleClassName: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={titleClassName}>
        {title}
      </h3>
      {children}
    </section>
  );
}
