import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

// XML 1.0 (§2.2) allows tab, line feed, carriage return and everything from U+0020 except the surrogates and
// U+FFFE/U+FFFF. A user can type (or paste) any of the others; one of them in a feed makes the whole document
// unreadable, so they are dropped. Lone surrogates become U+FFFD first (they cannot be written as UTF-8).
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafeText(text: string): string {
  return text.toWellFormed().replace(FORBIDDEN_IN_XML, '');
}

/**
 * Appends text as CDATA, which job boards ask for. A CDATA section cannot hold `]]>`, so the text is split
 * there into adjacent sections (`]]` ends one, `>` starts the next): a reader joins them back to the text typed.
 */
export function appendCdata(element: XMLBuilder, text: string): XMLBuilder {
  const parts = xmlSafeText(text).split(']]>');
  parts.forEach((part, index) => {
    const head = index > 0 ? '>' : '';
    const tail = index < parts.length - 1 ? ']]' : '';
    const chunk = head + part + tail;
    if (chunk !== '') element.dat(chunk);
  });
  return element;
}

/** A child element holding `text` as CDATA (an empty element when the text is empty). */
export function cdataElement(parent: XMLBuilder, name: string, text: string): XMLBuilder {
  return appendCdata(parent.ele(name), text);
}
