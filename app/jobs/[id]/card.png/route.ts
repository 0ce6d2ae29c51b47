// GET /jobs/{id}/card.png - the job's Open Graph card (1200×630): title, company, location
import { jobAssetResponse } from '@/lib/server/publishing/job-asset-response';
import { jobCardPng } from '@/lib/server/publishing/job-card-png';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jobAssetResponse(request, id, 'card', 'image/png', jobCardPng);
}
