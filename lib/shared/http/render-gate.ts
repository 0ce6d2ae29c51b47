/**
 * The pages that run script (the builder, My postings, import) paint once, when their whole document is
 * parsed: pages/_document.tsx puts this empty script first among their deferred scripts, with
 * `blocking="render"`. A deferred script runs after the parser is done, and the browser draws nothing
 * while a render-blocking one waits.
 *
 * Why: while a long document arrives, the browser paints what it has so far, then styles and lays out
 * the page again after each further slice of HTML. On /build those later passes were long tasks after the
 * first paint (most of its Total Blocking Time in Lighthouse), each one the whole form again. A form
 * drawn in pieces is of no use before it is whole. Browsers without `blocking` (Firefox, Safari today)
 * paint as before. Script-free pages keep painting as they arrive.
 */
export const RENDER_GATE_PATH = '/render-gate.js';

/** Its content never changes (a comment): a browser keeps it, not asking again on the next page. */
export const RENDER_GATE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
