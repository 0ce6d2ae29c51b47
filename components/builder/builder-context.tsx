import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Finding } from '@/lib/shared/checks/finding';
import type { PostingScore } from '@/lib/shared/checks/score';
import type { CatalogSkill, Benefit, Responsibility, SkillCategory } from '@/lib/shared/catalog/schema';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import type { FormValues } from '@/lib/shared/draft/form-values';
import type { BuilderStepId } from '@/lib/shared/draft/step-schemas';
import type { LivePreview } from '@/lib/server/render/live-preview';

/** Content for the builder, handed over by the server page as props (HTML, not JavaScript). */
export interface BuilderData {
  roleTitle: string;
  skills: CatalogSkill[];
  categories: SkillCategory[];
  responsibilities: Responsibility[];
  benefits: Benefit[];
  templates: { id: string; name: string; description: string }[];
  countries: { code: string; name: string }[];
  /** The preview and checks of an empty form, made by the server so the first paint shows them. */
  firstPreview: LivePreview | null;
}

/** What every part of the builder (steps, panels, share, checks, review) may use. Stable between keystrokes. */
export interface BuilderApi {
  data: BuilderData;
  /** The whole react-hook-form API, for parts that need more than the helpers below. */
  form: UseFormReturn<FormValues>;
  /** The form as typed now (not validated). */
  getValues: () => FormValues;
  /** One form field by its form path (`job.summary`, `responsibilities.2.text`). */
  getValue: (field: string) => unknown;
  /** Sets a form field by its form path (`job.summary`, `responsibilities.2.text`), marking it changed. */
  setValue: (field: string, value: unknown) => void;
  /** The draft the form holds now if it is valid, else null. */
  getDraft: () => Draft | null;
  /** The step on screen, its position, and the furthest step reached (steps beyond it are locked). */
  step: { id: BuilderStepId; index: number; title: string };
  furthest: number;
  /** The saved form is restored and the builder is live. */
  ready: boolean;
  goToStep: (id: BuilderStepId) => void;
  /** Opens the step that holds a draft field (`job.summary`, `responsibilities.2`) and focuses its input. */
  goToField: (path: string) => void;
  /**
   * Replaces the form with a draft (a shared posting, a newer version from elsewhere). What was in the
   * form is kept in this browser as a backup first, and the builder moves to the review step.
   */
  loadDraft: (draft: Draft) => void;
}

/** What the server made of the form: the rendered posting and the check findings. Changes as you type. */
export interface BuilderPreview {
  html: string | null;
  findings: Finding[];
  /** The posting's score from the same check run as `findings`. */
  score?: PostingScore;
  /** The draft those findings are about: marks in a field show only while its text is still this. */
  checked?: Draft;
  /** True while the form on screen has changed since `checked` and its checks are still on their way. */
  checking?: boolean;
  status: 'idle' | 'updating' | 'ready' | 'error';
  error?: string;
}

const BuilderContext = createContext<BuilderApi | null>(null);
const PreviewContext = createContext<BuilderPreview | null>(null);

export function BuilderProvider({
  api,
  preview,
  children,
}: {
  api: BuilderApi;
  preview: BuilderPreview;
  children: React.ReactNode;
}) {
  return (
    <BuilderContext.Provider value={api}>
      <PreviewContext.Provider value={preview}>{children}</PreviewContext.Provider>
    </BuilderContext.Provider>
  );
}

export function useBuilder(): BuilderApi {
  const api = useContext(BuilderContext);
  if (!api) throw new Error('useBuilder outside BuilderProvider');
  return api;
}

export function useBuilderData(): BuilderData {
  return useBuilder().data;
}

/** Separate from useBuilder so that only the parts that show the preview or findings re-render with them. */
export function useBuilderPreview(): BuilderPreview {
  const preview = useContext(PreviewContext);
  if (!preview) throw new Error('useBuilderPreview outside BuilderProvider');
  return preview;
}
