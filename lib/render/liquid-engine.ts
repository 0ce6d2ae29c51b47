import path from 'node:path';
import { Liquid, type Template } from 'liquidjs';
import { escapeMarkdown } from './markdown-escape';
import { requireTemplateMeta } from './templates';

// Templates are ours; the data is not. User text only ever enters as values of the render scope, and every
// `{{ … }}` output passes through escapeMarkdown, so no value can become Liquid source or Markdown syntax.

const templatesDir = process.env.POSTWRIGHT_TEMPLATE_DIR ?? path.join(process.cwd(), 'content/templates');

const engine = new Liquid({
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
  outputEscape: escapeMarkdown,
  // Whitespace is tidied after rendering (see markdown.ts), so templates can stay readable.
  greedy: false,
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

const parsed = new Map<string, Template[]>();

function parsedTemplate(id: string): Template[] {
  let template = parsed.get(id);
  if (!template) {
    template = engine.parseFileSync(requireTemplateMeta(id).file);
    parsed.set(id, template);
  }
  return template;
}

/** Renders a template (parsed once, on first use) with a view model as its only scope. */
export function renderTemplate(id: string, scope: object): string {
  return engine.renderSync(parsedTemplate(id), scope) as string;
}
