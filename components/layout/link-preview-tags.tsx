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
  image,
}: {
  title: string;
  description: string;
  url: string;
  jsonLd: string;
  /** An absolute URL of a 1200×630 card. */
  image?: { url: string; alt: string };
}) {
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content="Postwright" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      {image ? <meta property="og:image" content={image.url} key="og:image" /> : null}
      {image ? <meta property="og:image:width" content="1200" /> : null}
      {image ? <meta property="og:image:height" content="630" /> : null}
      {image ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      {/* Data for search engines, not script: browsers never run this type, so the policy needs nothing. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </>
  );
}
