'use client';

import { SharePanel } from '@/components/share/share-panel';
import { ReviewScore } from '../checks/review-score';
import { ExportActions } from './export-actions';
import { ReadinessList } from './readiness-list';
import { StylePicker } from './style-picker';

/**
 * The last step, top to bottom: is the posting ready (one row per concern), its style, then what to do
 * with it. Sections that act on the finished posting (review, publishing) go between export and share.
 */
export function ReviewStep() {
  return (
    <div className="grid gap-5">
      <ReviewScore />
      <ReadinessList />
      <StylePicker />
      <ExportActions />
      <SharePanel />
    </div>
  );
}
