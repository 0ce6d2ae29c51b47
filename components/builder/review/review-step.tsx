import { PublishPanel } from '@/components/publishing/publish-panel';
import { ReviewStepSection } from '@/components/review/review-step-section';
import { SharePanel } from '@/components/share/share-panel';
import { LanguageVersionsPanel } from '../translations/language-versions-panel';
import { ReviewScore } from '../checks/review-score';
import { ExportActions } from './export-actions';
import { ReadinessList } from './readiness-list';
import { StylePicker } from './style-picker';

/**
 * The last step, top to bottom: is the posting ready (one row per concern), its style, then what to do with
 * it in the order the work goes: a share link saves a version on the server, reviewers comment on and approve
 * a saved version, publishing makes a saved version public, and exports take the posting anywhere else. Each
 * panel says what it needs first.
 */
export function ReviewStep() {
  return (
    <div className="grid gap-5">
      <ReviewScore />
      <ReadinessList />
      <StylePicker />
      <SharePanel />
      <LanguageVersionsPanel />
      <ReviewStepSection />
      <PublishPanel />
      <ExportActions />
    </div>
  );
}
