import Link from 'next/link';

export interface PageNoticeText {
  title: string;
  body: string;
}

/** Why a page cannot be shown (404 / 410 / 403), with one way onwards: the same card on every script-free page. */
export function PageNotice({
  notice,
  link = { href: '/', label: 'Go to Postwright' },
}: {
  notice: PageNoticeText;
  link?: { href: string; label: string };
}) {
  return (
    <div className="mx-auto my-16 max-w-xl rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="mb-2 text-2xl font-bold">{notice.title}</h1>
      <p className="text-slate-700">{notice.body}</p>
      <p className="mt-4">
        <Link prefetch={false} href={link.href} className="font-medium text-brand-700 underline">
          {link.label}
        </Link>
      </p>
    </div>
  );
}
