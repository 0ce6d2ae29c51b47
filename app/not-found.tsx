import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">The address may be mistyped, or the page has moved.</p>
      <p className="mt-6">
        <Link prefetch={false} href="/" className="font-semibold text-brand-700 underline">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
