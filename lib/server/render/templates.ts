import { z } from 'zod';
import templateIndex from '../../../content/templates/index.json';
import { parseContent } from '../../shared/parse-content';
import { RenderError } from './render-error';

// The file name becomes a path under the templates folder: keep it a bare `name.liquid`, never a path.
const TEMPLATE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.liquid$/;

const templateIndexSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      name: z.string().min(1),
      description: z.string().min(1),
      file: z.string().regex(TEMPLATE_FILE, 'must be a bare name like classic.liquid'),
    }),
  )
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'listed twice' });
      seen.add(entry.id);
    });
  });

export type TemplateMeta = Readonly<z.infer<typeof templateIndexSchema>[number]>;

const templates: readonly TemplateMeta[] = Object.freeze(
  parseContent(templateIndexSchema, templateIndex, 'content/templates/index.json').map((t) => Object.freeze(t)),
);

export function listTemplates(): readonly TemplateMeta[] {
  return templates;
}

export function getTemplateMeta(id: string): TemplateMeta | undefined {
  return templates.find((template) => template.id === id);
}

export function requireTemplateMeta(id: string): TemplateMeta {
  const meta = getTemplateMeta(id);
  if (!meta) {
    throw new RenderError(
      'unknown_template',
      `Unknown template "${id}": use one of ${templates.map((t) => t.id).join(', ')}`,
    );
  }
  return meta;
}
