import templateIndex from '../../content/templates/index.json';
import { RenderError } from './render-error';

export interface TemplateMeta {
  id: string;
  name: string;
  description: string;
  file: string;
}

// The file name becomes a path under the templates folder: keep it a bare `name.liquid`, never a path.
const TEMPLATE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.liquid$/;

function readIndex(raw: unknown): readonly TemplateMeta[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new Error('content/templates/index.json must list templates');
  const seen = new Set<string>();
  return Object.freeze(
    raw.map((entry: Partial<TemplateMeta>, index) => {
      const { id, name, description, file } = entry;
      if (typeof id !== 'string' || typeof name !== 'string' || typeof description !== 'string') {
        throw new Error(`content/templates/index.json[${index}] needs id, name and description`);
      }
      if (typeof file !== 'string' || !TEMPLATE_FILE.test(file)) {
        throw new Error(`content/templates/index.json[${index}] "${id}": file must be a bare name like classic.liquid`);
      }
      if (seen.has(id)) throw new Error(`content/templates/index.json: template "${id}" is listed twice`);
      seen.add(id);
      return Object.freeze({ id, name, description, file });
    }),
  );
}

const templates = readIndex(templateIndex);

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
