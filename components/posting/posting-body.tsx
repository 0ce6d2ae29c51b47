import type { HTMLAttributes } from 'react';

type PostingBodyProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dangerouslySetInnerHTML'> & {
  /** The sanitized fragment from the render pipeline (lib/server/render): never user markup. */
  html: string;
};

/**
 * A rendered posting in the house type scale (the `.posting` rules of app/globals.css): the share page
 * and the builder's live preview both draw the posting through this, so they cannot drift apart.
 */
export function PostingBody({ html, className, ...props }: PostingBodyProps) {
  return (
    <div
      {...props}
      className={className ? `posting ${className}` : 'posting'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
