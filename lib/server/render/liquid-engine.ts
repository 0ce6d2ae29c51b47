import path from 'node:path';
import { Liquid, type Template } from 'liquidjs';
import { getEnv } from '../config/env';
import { escapeMarkdown } from './markdown-escape';
import { allMessageStrings } from '../../shared/render/render-messages';
import { requireTemplateMeta } from './templates';

// Templates are ours; the data is not. User text only ever enters as values of the render scope, and every
// `{{ … }}` output passes through escapeMarkdown, so no value can become Liquid source or Markdown syntax.

let engine: Liquid | undefined;

// The words of the message tables go through the same escape as any value, but they are few and fixed: escaped
// once here and looked up per output (escaping them anew cost a render about 0.1 ms). A value equal to one of
// them gets the very same result, so the lookup changes no output.
const escapedWords = new Map(allMessageStrings().map((word) => [word, escapeMarkdown(word)]));

function escapeOutput(value: unknown): string {
  if (typeof value === 'string') {
    const escaped = escapedWords.get(value);
    if (escaped !== undefined) return escaped;
  }
  return escapeMarkdown(value);
}

/** Made at first render, so the template folder comes from the configuration read then (lib/server/config/env.ts). */
function liquid(): Liquid {
  if (engine) return engine;
  const templatesDir = path.resolve(getEnv().POSTWRIGHT_TEMPLATE_DIR);
  engine = new Liquid({
    root: [templatesDir],
    partials: [templatesDir],
    layouts: [templatesDir],
    extname: '.liquid',
    relativeReference: false,
    dynamicPartials: false,
    jekyllInclude: false,
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape: escapeOutput,
    // Whitespace is tidied after rendering (see markdown.ts), so templates can stay readable.
    greedy: false,
    parseLimit: 100_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });
  return engine;
}

const parsed = new Map<string, Template[]>();

function parsedTemplate(id: string): Template[] {
  let template = parsed.get(id);
  if (!template) {
    template = liquid().parseFileSync(requireTemplateMeta(id).file);
    parsed.set(id, template);
  }
  return template;
}

/** Renders a template (parsed once, on first use) with a view model as its only scope. */
export function renderTemplate(id: string, scope: object): string {
  return liquid().renderSync(parsedTemplate(id), scope) as string;
}
