/**
 * What a chat app or social site shows for a shared link (Open Graph, Twitter card), and the JSON-LD job
 * search engines read. Called as a function, not a component: next/head takes tags only as direct children
 * or one fragment deep.
 */
export function linkPreviewTags({
  title,
  description,
  url,
  jsonLd,
}: {
  title: string;
  description: string;
  url: string;
  jsonLd: string;
}) {
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content="Postwright" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta name="twitter:card" content="summary" />
      {/* Data for search engines, not script: browsers never run this type, so the policy needs nothing. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </>
  );
}
