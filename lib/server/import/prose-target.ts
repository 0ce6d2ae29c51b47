// Whether a paragraph talks of the company (its description) or of the job (the summary), and whether a
// line outside a list is a task.

const WE = /\b(?:we|we're|we’re|our|us|company|founded|customers|mission|team)\b/gi;
const YOU = /\b(?:you|you'll|you’ll|your|this role|this position|the role|the position|this person|candidate)\b/gi;

/** Prose about the company goes to its description, prose about the job to the summary. */
export function proseTarget(text: string): 'about' | 'summary' {
  if (JOB_TALK.test(text)) return 'summary';
  return (text.match(YOU)?.length ?? 0) > (text.match(WE)?.length ?? 0) ? 'summary' : 'about';
}

const TASK_VERB =
  /^(?:quickly |continuously |actively |independently )?(?:be|push|take|grow|keep|advocate|handle|add|use|make|share|plan|test|run|hire|represent|analy[sz]e|understand|answer|operate|participate|conduct|prototype|scope|design|build|develop|write|own|lead|maintain|implement|collaborate|work|create|drive|mentor|contribute|partner|improve|scale|architect|ship|deliver|help|support|review|define|ensure|investigate|troubleshoot|debug|monitor|optimi[sz]e|automate|deploy|manage|solve|integrate|research|evaluate|identify|establish|coordinate|communicate|foster|champion)\b/i;

/** A short line that starts with what to do ("Push your teammates…"): a task, even outside a list. */
export function isTask(text: string): boolean {
  return text.length <= 300 && TASK_VERB.test(text);
}

const JOB_TALK =
  /\b(?:(?:we(?:'|’)re|we are|is) (?:hiring|looking for|seeking) (?:an? )?(?:[\w-]+ ){0,3}(?:engineers?|developers?)\b|as an? [^.]{0,40}(?:engineer|developer)\b|this (?:role|position)\b|(?:the|this) (?:ideal )?candidate|you will be)/i;

const COMPANY_TALK =
  /\b(?:we are|we're|we’re|our company|our mission|founded|is a (?:leading|fast-growing|global)|headquartered|our customers)\b/i;

/** Under a role heading ("Overview", "Job description") prose is the summary unless it is plainly about the company. */
export function roleProseTarget(text: string): 'about' | 'summary' {
  return COMPANY_TALK.test(text) && !(text.match(YOU)?.length ?? 0) ? 'about' : 'summary';
}
