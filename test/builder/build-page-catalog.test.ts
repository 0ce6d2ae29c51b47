import { describe, expect, it } from 'vitest';
import { getServerSideProps } from '../../pages/build';

// /build hands the builder the catalog in the builder's own language: the skill picker's names, definitions
// and categories follow the page's words, while ids and figures stay those of the English catalog.

async function builderProps(acceptLanguage: string) {
  const headers = new Map<string, string>();
  const result = await getServerSideProps({
    req: { url: '/build', headers: { host: 'postwright.test', 'accept-language': acceptLanguage } },
    res: { setHeader: (name: string, value: string) => headers.set(name, value) },
    query: {},
  } as never);
  if (!('props' in result)) throw new Error('expected props');
  return (await result.props) as {
    data: { roleTitle: string; skills: { id: string; name: string; definition: string; postingShare: number }[] };
  };
}

describe('the builder’s catalog', () => {
  it('is in the builder’s language, with the English ids and figures', async () => {
    const english = (await builderProps('en-US,en;q=0.9')).data;
    const german = (await builderProps('de-DE,de;q=0.9')).data;
    expect(german.skills.map((s) => s.id)).toEqual(english.skills.map((s) => s.id));
    expect(german.skills.map((s) => s.postingShare)).toEqual(english.skills.map((s) => s.postingShare));
    const unitTesting = (data: typeof english) => data.skills.find((s) => s.id === 'unit-testing')!;
    expect(unitTesting(english).name).toBe('Unit testing');
    expect(unitTesting(german).name).toBe('Unit-Tests');
    expect(unitTesting(german).definition).not.toBe(unitTesting(english).definition);
    expect(german.roleTitle).not.toBe(english.roleTitle);
  });
});
