import { writeFileSync } from 'node:fs';
import { renderDocx } from '../lib/render/docx';
import { exampleDraft } from '../lib/draft/example-draft';
const b = await renderDocx(exampleDraft);
writeFileSync('/tmp/exports/ex.docx', b);
const t = performance.now(); for (let i = 0; i < 20; i++) await renderDocx(exampleDraft); console.log('ms/docx', (performance.now() - t) / 20);
