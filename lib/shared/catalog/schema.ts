import { z } from 'zod';
import { slugify } from './slug';

/** Catalog ids are the slug of the skill's name (see shared draft format): they never change once published. */
export const skillIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const skillCategorySchema = z.strictObject({
  id: z.string().regex(skillIdPattern),
  name: z.string().min(1).max(60),
  description: z.string().min(1).max(300),
});
export type SkillCategory = z.infer<typeof skillCategorySchema>;

export const catalogSkillSchema = z
  .strictObject({
    id: z.string().regex(skillIdPattern, 'must be a lower-case slug'),
    name: z.string().min(1).max(60),
    category: z.string().regex(skillIdPattern),
    definition: z.string().min(20).max(400),
    typicalYears: z.strictObject({
      min: z.number().int().min(0).max(30),
      max: z.number().int().min(0).max(30),
    }),
    postingShare: z.number().min(0).max(100),
    aliases: z.array(z.string().min(1).max(40)).max(20),
  })
  .refine((s) => s.typicalYears.min <= s.typicalYears.max, {
    message: 'typicalYears.min must not exceed typicalYears.max',
    path: ['typicalYears'],
  });
export type CatalogSkill = z.infer<typeof catalogSkillSchema>;

export const roleCatalogSchema = z
  .strictObject({
    id: z.string().regex(skillIdPattern),
    title: z.string().min(1).max(120),
    source: z.strictObject({
      title: z.string().min(1),
      publisher: z.string().min(1),
      url: z.url().optional(),
      note: z.string().optional(),
    }),
    categories: z.array(skillCategorySchema).min(1),
    skills: z.array(catalogSkillSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const categoryIds = new Set(catalog.categories.map((c) => c.id));
    const seen = new Set<string>();
    catalog.skills.forEach((skill, index) => {
      if (seen.has(skill.id)) {
        ctx.addIssue({ code: 'custom', path: ['skills', index, 'id'], message: `duplicate skill id "${skill.id}"` });
      }
      seen.add(skill.id);
      if (!categoryIds.has(skill.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['skills', index, 'category'],
          message: `skill "${skill.id}" names unknown category "${skill.category}"`,
        });
      }
      if (slugify(skill.name) !== skill.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['skills', index, 'id'],
          message: `skill "${skill.name}" must have id "${slugify(skill.name)}", not "${skill.id}"`,
        });
      }
    });
  });
export type RoleCatalog = z.infer<typeof roleCatalogSchema>;

export const responsibilitySchema = z.strictObject({
  id: z.string().regex(skillIdPattern),
  text: z.string().min(10).max(300),
  skills: z.array(z.string().regex(skillIdPattern)).min(1),
});
export type Responsibility = z.infer<typeof responsibilitySchema>;

export const responsibilityLibrarySchema = z.strictObject({
  roleId: z.string().regex(skillIdPattern),
  items: z.array(responsibilitySchema).min(1),
});
export type ResponsibilityLibrary = z.infer<typeof responsibilityLibrarySchema>;

export const benefitSchema = z.strictObject({
  id: z.string().regex(skillIdPattern),
  text: z.string().min(3).max(200),
  category: z.string().min(1).max(40),
});
export type Benefit = z.infer<typeof benefitSchema>;

export const benefitLibrarySchema = z.strictObject({ items: z.array(benefitSchema).min(1) });
export type BenefitLibrary = z.infer<typeof benefitLibrarySchema>;
