'use client';

import { createContext, useContext } from 'react';
import type { Benefit, CatalogSkill, Responsibility, SkillCategory } from '@/lib/catalog/schema';

export interface BuilderData {
  roleTitle: string;
  skills: CatalogSkill[];
  categories: SkillCategory[];
  responsibilities: Responsibility[];
  benefits: Benefit[];
  templates: { id: string; name: string; description: string }[];
  countries: { code: string; name: string }[];
}

// Content reaches the builder as props from the server page (HTML, not JavaScript), shared through context.
const BuilderDataContext = createContext<BuilderData | null>(null);

export function BuilderDataProvider({ data, children }: { data: BuilderData; children: React.ReactNode }) {
  return <BuilderDataContext.Provider value={data}>{children}</BuilderDataContext.Provider>;
}

export function useBuilderData(): BuilderData {
  const data = useContext(BuilderDataContext);
  if (!data) throw new Error('useBuilderData outside BuilderDataProvider');
  return data;
}
