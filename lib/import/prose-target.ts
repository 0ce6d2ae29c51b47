// Whether a paragraph talks of the company (its description) or of the job (the summary), and whether a
// line outside a list is a task.

const WE = /\b(?:we|we're|we’re|our|us|company|founded|customers|mission|team)\b/gi;
const YOU = /\b(?:you|you'll|you’ll|your|this role|this position|the role|the position|this person|candidate)\b/gi;

/** Prose about the company goes to its description, prose about the job to the summary. */
export function proseTarget(text: string): 'about' | 'summary' {
  if (JOB_TALK.test(text)) return 'summary';
  return (text.match(YOU)?.length ?? 0) > (text.match(WE)?.length ?? 0) ? 'summary' : 'about';
}

const NOT_A_TASK =
  /^(?:we|we're|we’re|our|you|you're|you’re|your|as|the|this|it|if|in|at|imagine|a|an|there|here|with|when|while)\b/i;

/** A short line that starts with what to do ("Push your teammates…"): a task, even outside a list. */
export function isTask(text: string): boolean {
  return text.length <= 300 && !NOT_A_TASK.test(text);
}

const JOB_TALK =
  /\b(?:(?:we(?:'|’)re|we are|is) (?:hiring|looking for|seeking)|as an? [^.]{0,40}(?:engineer|developer)\b|this (?:role|position)\b|(?:the|this) (?:ideal )?candidate|you will be)/i;

const COMPANY_TALK =
  /\b(?:we are|we're|we’re|our company|our mission|founded|is a (?:leading|fast-growing|global)|headquartered|our customers)\b/i;

/** Under a role heading ("Overview", "Job description") prose is the summary unless it is plainly about the company. */
export function roleProseTarget(text: string): 'about' | 'summary' {
  return COMPANY_TALK.test(text) && !(text.match(YOU)?.length ?? 0) ? 'about' : 'summary';
}
