import type { Metadata } from 'next';
import { MyPostingsList } from '@/components/share/my-postings-list';

export const metadata: Metadata = { title: 'My postings', robots: { index: false } };

export default function MyPostingsPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">My postings</h1>
      <p className="mt-2 text-slate-700">
        Postings shared from this browser. Their edit links are stored only here, so keep a copy of any edit link you
        need elsewhere.
      </p>
      <MyPostingsList />
    </div>
  );
}
