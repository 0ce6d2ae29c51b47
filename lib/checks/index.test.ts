import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import { findingSchema, runChecks, summarizeFindings, type Finding } from '.';
import { draftWithSummary, exampleWith, minimalWith, testCatalog } from './test-drafts';

const TODAY = new Date('2026-11-24T12:00:00Z');
const rank = { error: 0, warning: 1, info: 2 };

describe('runChecks', () => {
  it('runs on the full example draft with the real catalog; every finding fits the schema', () => {
    const catalog = getRoleCatalog('back-end-developer')!;
    const findings = runChecks(exampleWith(), { catalog, today: TODAY });
    for (const finding of findings) expect(findingSchema.parse(finding)).toEqual(finding);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('sorts errors, then warnings, then info, keeping each check’s order', () => {
    const draft = draftWithSummary('A rockstar ninja who is competitive and ambitious.', {
      job: { workplace: 'remote', remoteCountries: ['US'] },
    });
    const findings = runChecks(draft, { catalog: testCatalog, today: TODAY });
    const ranks = findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings[0]!.id).toBe('pay-transparency:missing-range');
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.id);
    expect(warnings.indexOf('exclusionary:rockstar:job.summary:0')).toBeLessThan(
      warnings.indexOf('exclusionary:ninja:job.summary:0'),
    );
  });

  it('gives every finding a unique id and a check name', () => {
    const findings = runChecks(minimalWith(), { catalog: testCatalog, today: TODAY });
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const finding of findings) expect(finding.id.startsWith(`${finding.check}:`)).toBe(true);
  });

  it('reports missing pay once when a law applies (as the pay error, not also as incomplete)', () => {
    const findings = runChecks(minimalWith(), { catalog: testCatalog, today: TODAY });
    expect(findings.filter((f) => f.field === 'compensation').map((f) => f.id)).toEqual([
      'pay-transparency:missing-range',
    ]);
  });

  it('uses the rendered text for readability and length when given', () => {
    const renderedText = Array.from({ length: 400 }, () => 'We ship code.').join(' ');
    const findings = runChecks(exampleWith(), { catalog: testCatalog, renderedText, today: TODAY });
    expect(findings.find((f) => f.check === 'length')!.message).toContain('the posting has 1,200 words');
  });
});

describe('summarizeFindings', () => {
  it('counts findings per severity', () => {
    const finding = (severity: Finding['severity']): Finding => ({ id: severity, check: 't', severity, message: 'm' });
    expect(summarizeFindings([finding('error'), finding('info'), finding('info')])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
      total: 3,
    });
  });
});

describe('lib/checks stays browser-safe', () => {
  it('imports nothing from node: in its shipped files', () => {
    const dir = __dirname;
    const shipped = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of shipped) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/from ['"](?:node:|fs['"]|path['"])/);
    }
  });
});
