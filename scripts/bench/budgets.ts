// Every budget of the issues, in one place; `npm run bench` fails when a figure misses its budget.
export const budgets = {
  'render.markdown.p50Ms': { max: 2 },
  'render.html.p50Ms': { max: 2 },
  'render.text.p50Ms': { max: 2 },
  'render.pdf.p50Ms': { max: 300 },
  'checks.p50Ms': { max: 5 },
  'firstLoadJsKb./build': { max: 200 },
  'http.preview.requestsPerSecond': { min: 500 },
  'http.preview.p99Ms': { max: 200 },
  'http.create.requestsPerSecond': { min: 300 },
  'lighthouse./.accessibility': { min: 100 },
  'lighthouse./skills.accessibility': { min: 100 },
  'lighthouse./build.accessibility': { min: 100 },
  'lighthouse./p/{id}.accessibility': { min: 100 },
  'lighthouse./.performance': { min: 90 },
  'lighthouse./skills.performance': { min: 90 },
  'lighthouse./p/{id}.performance': { min: 90 },
} as const satisfies Record<string, { min?: number; max?: number }>;

export type BudgetKey = keyof typeof budgets;
