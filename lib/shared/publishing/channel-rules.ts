import { z } from 'zod/mini';
import documents from '../../../content/channels/documents.json';
import googleForJobs from '../../../content/channels/google-for-jobs.json';
import indeed from '../../../content/channels/indeed.json';
import linkedin from '../../../content/channels/linkedin.json';

// What each channel needs from a posting, as data in content/channels/ with the source it comes from. Read by
// the browser (the review step) and the server alike: nothing server-only here.

/** A draft path, or alternatives joined by `|` (any one of them is enough). */
const fieldPath = z.string().check(z.regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*(\|[a-zA-Z]+(\.[a-zA-Z]+)*)*$/));

export const channelRuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  level: z.enum(['required', 'recommended']),
  /** The rule applies only when this field has one of these values. */
  when: z.optional(z.strictObject({ field: fieldPath, in: z.array(z.string()).check(z.minLength(1)) })),
  /** Every entry must be filled in; the first path of the first unmet entry is the field to go to. */
  needs: z.array(fieldPath).check(z.minLength(1)),
  /** What is missing, as the end of "Missing: …". */
  missing: z.string().check(z.minLength(1)),
  why: z.string().check(z.minLength(1)),
});

export const channelSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  order: z.number(),
  source: z.strictObject({ title: z.string().check(z.minLength(1)), url: z.optional(z.url()) }),
  rules: z.array(channelRuleSchema),
});

export type ChannelRule = z.infer<typeof channelRuleSchema>;
export type Channel = z.infer<typeof channelSchema>;

export const CHANNELS: readonly Channel[] = [googleForJobs, indeed, linkedin, documents]
  .map((channel) => channelSchema.parse(channel))
  .sort((a, b) => a.order - b.order);
