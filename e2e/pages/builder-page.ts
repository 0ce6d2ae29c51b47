import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/accessibility';

/** The steps before Review, in order: each heading names its step. */
export type BuilderStep = 'Role' | 'Company' | 'Skills' | 'Responsibilities' | 'Pay and benefits' | 'How to apply';

/** The posting builder, as a person uses it. */
export class BuilderPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/build');
    await expect(this.heading('Role')).toBeVisible();
    // Typing before hydration could be overwritten when the form comes alive: wait until it has.
    await expect(this.page.locator('[data-ready="true"]')).toHaveCount(1);
  }

  heading(title: string) {
    // The step's heading comes first; the live preview beside it has headings of its own.
    return this.page.getByRole('heading', { level: 2, name: title, exact: true }).first();
  }

  async next(to: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Next: ${to}`) }).click();
    await expect(this.heading(to)).toBeVisible();
    await this.stepLoaded();
  }

  /** The builder's step list: back to a step already done. */
  async goToStep(name: string) {
    await this.page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click();
    await expect(this.heading(name)).toBeVisible();
    await this.stepLoaded();
  }

  /** The Review step loaded afresh, as a person coming back finds it: at /build?step=review, or reloaded. */
  async openReview(how: 'goto' | 'reload' = 'goto') {
    await (how === 'goto' ? this.page.goto('/build?step=review') : this.page.reload());
    await expect(this.page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(this.heading('Review')).toBeVisible();
    await this.stepLoaded();
  }

  /** The heavier steps load on first use: wait for the step's own fields, not its placeholder. */
  async stepLoaded() {
    await expect(this.page.getByText('Loading this step…')).toHaveCount(0);
  }

  async checkA11y(context: string) {
    await expectNoSeriousA11yViolations(this.page, context);
  }

  preview() {
    return this.page.getByTestId('preview');
  }

  /**
   * Writes the example posting step by step, from Role (the builder open on it) through `until`, and stays
   * there. `arrived` runs on each step before it is filled, `filled` after.
   */
  async completeSteps({
    until = 'How to apply',
    role,
    arrived,
    filled,
  }: {
    until?: BuilderStep;
    role?: Parameters<BuilderPage['fillRole']>[0];
    arrived?: (step: BuilderStep) => Promise<void>;
    filled?: (step: BuilderStep) => Promise<void>;
  } = {}) {
    const steps: [BuilderStep, () => Promise<void>][] = [
      ['Role', () => this.fillRole(role)],
      ['Company', () => this.fillCompany()],
      ['Skills', () => this.pickSkills()],
      ['Responsibilities', () => this.pickResponsibilities()],
      ['Pay and benefits', () => this.fillPay()],
      ['How to apply', () => this.fillApply()],
    ];
    for (const [step, fill] of steps) {
      if (step !== 'Role') await this.next(step);
      await arrived?.(step);
      await fill();
      await filled?.(step);
      if (step === until) return;
    }
  }

  async fillRole({
    keyboard = false,
    region = 'TX',
    remoteCountry,
  }: { keyboard?: boolean; region?: string; remoteCountry?: string } = {}) {
    const page = this.page;
    await page.getByLabel('Job title').fill('Senior Back End Developer');
    await page.getByLabel('Seniority').selectOption('senior');
    await page.getByLabel('Employment type').selectOption('FULL_TIME');
    if (keyboard) {
      await page.getByRole('radio', { name: 'Hybrid' }).focus();
      await page.keyboard.press('Space');
    } else {
      await page.getByRole('radio', { name: 'Hybrid' }).check();
    }
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel(/^Region/).fill(region);
    await page.getByLabel(/^Country( \*| \(optional\))?$/).selectOption('US');
    if (remoteCountry) {
      // The picker opens on request and takes the focus.
      await page.getByRole('button', { name: 'Choose countries' }).click();
      await expect(page.getByLabel('Country to add')).toBeFocused();
      await page.getByLabel('Country to add').selectOption(remoteCountry);
      await page.getByRole('button', { name: 'Add country' }).click();
      await expect(page.getByRole('list', { name: 'Chosen countries' }).getByRole('listitem')).toHaveCount(1);
    }
    await page.getByLabel('Team or department').fill('Platform');
    await page
      .getByLabel('Summary of the role')
      .fill('You will design and run the services behind our customer dashboards.');
  }

  async fillCompany() {
    await this.page.getByLabel('Company name').fill('Acme Analytics');
    await this.page.getByLabel('About the company').fill('We turn messy operational data into clear dashboards.');
    await this.page.getByLabel('Website').fill('https://acme.example');
  }

  async pickSkills() {
    const page = this.page;
    await page.getByRole('button', { name: 'JavaScript/Node back end' }).click();
    await page.getByLabel('Search by name or alias').fill('Mongo');
    await page.getByRole('button', { name: 'Add MongoDB' }).click();
    await page.getByLabel('A skill the catalog lacks').fill('Kafka');
    await page.getByRole('button', { name: 'Add custom skill' }).click();
    await expect(page.getByRole('heading', { name: /Selected skills \(8 of 40\)/ })).toBeVisible();
    await page.getByLabel('Kafka: level').selectOption('preferred');
    await page.getByLabel('PostgreSQL: years').fill('4');
  }

  async pickResponsibilities() {
    const page = this.page;
    const suggestions = page.getByRole('region', { name: /^Suggested/ }).getByRole('button', { name: /^Add\b/ });
    await suggestions.first().click();
    await suggestions.first().click();
    await page.getByLabel('Add your own responsibility').fill('Mentor two junior developers through their first year.');
    await page.getByRole('button', { name: 'Add your own responsibility' }).click();
    await expect(page.getByLabel(/Responsibility \d of 3/)).toHaveCount(3);
    await page.getByRole('button', { name: 'Move up responsibility 3' }).click();
    await expect(page.getByLabel('Responsibility 2 of 3')).toHaveValue(
      'Mentor two junior developers through their first year.',
    );
  }

  async fillPay() {
    const page = this.page;
    await page.getByLabel('Minimum').fill('140000');
    await page.getByLabel('Maximum').fill('170000');
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByLabel('Per').selectOption('YEAR');
    await page.getByRole('group', { name: 'Common benefits' }).getByRole('checkbox').first().check();
    await page.getByLabel('Add your own benefit').fill('A yearly team retreat');
    await page.getByRole('button', { name: 'Add your own benefit' }).click();
  }

  async fillApply() {
    await this.page.getByLabel('Application link').fill('https://acme.example/jobs/42');
    await this.page.getByLabel('Closing date').fill('2027-01-31');
  }
}
