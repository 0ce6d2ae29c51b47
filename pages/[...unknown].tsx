// Any page address nothing else takes (API paths answer JSON: app/api/[...path]; every page, route and file
// is matched before this catch-all): a 404 in the reader's UI language (the builder's: cookie `pw_locale`,
// else Accept-Language), `<html lang>` to match. Rendered per request, not prerendered as pages/404 is: a
// prerendered page is one file in one language. Script-free, with the script-free pages' headers.
import type { PageLanguageProps } from '@/components/layout/page-language';
import { errorPageText } from '@/components/site-text/error-page-text';
import { NotFoundNotice } from '@/components/site-text/not-found-notice';
import { SiteTextProvider, type SiteText } from '@/components/site-text/site-text';
import { UNKNOWN_ADDRESS_PAGE } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';
import { negotiatedUiLocale } from '@/components/server/ui-locale-request';

export const config = { unstable_runtimeJS: false };

type Props = { text: SiteText } & PageLanguageProps;

export const getServerSideProps = scriptFreePage<Props>(UNKNOWN_ADDRESS_PAGE, {
  async load({ req, res }) {
    // No `?lang=` switch here (uiLocaleForRequest's): an unknown address is not a page to come back to.
    const locale = negotiatedUiLocale({ req, res });
    return { failure: { status: 'not_found' }, props: { text: errorPageText(locale), htmlLang: locale } };
  },
});

export default function UnknownPage({ text }: Props) {
  return (
    <SiteTextProvider text={text}>
      <NotFoundNotice />
    </SiteTextProvider>
  );
}
