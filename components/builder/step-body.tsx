import type { BuilderStepId } from '@/lib/shared/draft/step-schemas';
import dynamic from 'next/dynamic';
import { createElement, type ComponentType } from 'react';
import { ApplyStep } from './steps/apply-step';
import { CompanyStep } from './steps/company-step';
import { RoleStep } from './steps/role-step';
import { useT } from './ui-text';

// The heavier steps load when first opened (a few KB each, from the same server), which keeps the
// builder's first load within its 200 KB budget; the small ones ship with the page.
const loading = () => <LoadingStep />;
function LoadingStep() {
  const t = useT();
  return (
    <p role="status" className="text-sm text-slate-600">
      {t('nav.loadingStep')}
    </p>
  );
}
const SkillsStep = dynamic(() => import('./steps/skills-step').then((m) => m.SkillsStep), { loading });
const ResponsibilitiesStep = dynamic(
  () => import('./steps/responsibilities-step').then((m) => m.ResponsibilitiesStep),
  { loading },
);
const PayStep = dynamic(() => import('./steps/pay-step').then((m) => m.PayStep), { loading });
const ReviewStep = dynamic(() => import('./review/review-step').then((m) => m.ReviewStep), { loading });

const STEP_BODIES: Record<BuilderStepId, ComponentType> = {
  role: RoleStep,
  company: CompanyStep,
  skills: SkillsStep,
  responsibilities: ResponsibilitiesStep,
  pay: PayStep,
  apply: ApplyStep,
  review: ReviewStep,
};

export function StepBody({ id }: { id: BuilderStepId }) {
  return createElement(STEP_BODIES[id]);
}
