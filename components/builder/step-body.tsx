'use client';

import type { Draft } from '@/lib/posting/draft-schema';
import type { BuilderStepId } from '@/lib/posting/step-schemas';
import { ApplyStep } from './steps/apply-step';
import { CompanyStep } from './steps/company-step';
import { PayStep } from './steps/pay-step';
import { ResponsibilitiesStep } from './steps/responsibilities-step';
import { ReviewStep } from './steps/review-step';
import { RoleStep } from './steps/role-step';
import { SkillsStep } from './steps/skills-step';

export function StepBody({
  id,
  getDraft,
  problems,
}: {
  id: BuilderStepId;
  getDraft: () => Draft | null;
  problems: string[];
}) {
  switch (id) {
    case 'role':
      return <RoleStep />;
    case 'company':
      return <CompanyStep />;
    case 'skills':
      return <SkillsStep />;
    case 'responsibilities':
      return <ResponsibilitiesStep />;
    case 'pay':
      return <PayStep />;
    case 'apply':
      return <ApplyStep />;
    case 'review':
      return <ReviewStep getDraft={getDraft} problems={problems} />;
  }
}
