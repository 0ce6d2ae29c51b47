// GET /jobs/{id}/accent.css - the employer's accent colour as two CSS custom properties (the job pages allow
// no inline style); 404 when the posting has no usable accent
import { employerAccent, employerAccentCss } from '@/lib/server/publishing/employer-accent';
import { jobAssetResponse } from '@/lib/server/publishing/job-asset-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jobAssetResponse(request, id, 'accent', 'text/css; charset=utf-8', async (job) => {
    const accent = employerAccent(job.draft.company.accentColor);
    return accent ? employerAccentCss(accent) : undefined;
  });
}
