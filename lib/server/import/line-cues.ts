import type { Section } from './heading-lexicon';

// What a line says about itself when no heading says where it belongs: "You will…" is a responsibility,
// "5+ years of…" a requirement, "We offer…" a benefit. Used for text before the first heading and in
// sections whose heading names nothing.

const CUES: [Section, RegExp][] = [
  ['preferred', /\b(?:nice to have|is a plus|a plus|bonus(?: points)?|preferred|ideally|would be great)\b/i],
  [
    'requirements',
    /^(?:\d+\+?\s*(?:\+\s*)?(?:years?|yrs)|(?:at least|minimum(?: of)?)\s+\d+|(?:strong|solid|proven|deep|excellent|good|hands-on|demonstrated|professional)\s+(?:experience|knowledge|understanding|skills?|background|track record)|experience (?:with|in|building|designing|developing|working)|(?:knowledge|understanding|proficiency|fluency|familiarity) (?:of|in|with)|proficient|fluent|familiar(?:ity)? with|(?:bs|ba|ms|b\.s\.|m\.s\.|bachelor'?s?|master'?s?|degree)\b|you (?:have|are|bring|know|thrive|love|care|enjoy)\b|ability to|able to|comfortable|passion(?:ate)? (?:for|about))/i,
  ],
  ['requirements', /\b\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs)\b.*\b(?:experience|of)\b/i],
  [
    'responsibilities',
    /^(?:you(?:'|’)ll|you will|design|build|develop|write|own|lead|maintain|implement|collaborate|work (?:with|on|closely|cross)|create|drive|mentor|contribute|participate|partner|improve|scale|architect|ship|deliver|help|support|review|define|ensure|investigate|troubleshoot|debug|monitor|optimi[sz]e|automate|deploy|operate|manage|solve|integrate|research|evaluate|identify|establish|coordinate|communicate|foster|champion|take ownership|be responsible)\b/i,
  ],
  [
    'benefits',
    /^(?:we offer|we provide|you(?:'|’)ll get|you will get|competitive|generous|unlimited|flexible|paid|health|medical|dental|vision|401\s?\(?k\)?|pension|equity|stock|remote-first|home office|parental|learning|education|training budget|gym|wellness|free|catered|commuter|life insurance|pto|vacation|holidays?)\b/i,
  ],
];

export function cueOf(line: string): Section | null {
  const text = line.trim();
  for (const [section, pattern] of CUES) if (pattern.test(text)) return section;
  return null;
}
