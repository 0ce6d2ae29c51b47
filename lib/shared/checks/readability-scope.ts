/** What readability is judged on, said the same way in the API and the UI (a tiny module: the UI imports it). */
export const READABILITY_SCOPE =
  'Scored on what you wrote (summary, about the company, responsibilities, benefits), not the template’s own lines.';
