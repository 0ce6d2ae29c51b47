import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../draft/draft-schema';
import { en } from './messages/en';
import { fillMessage, renderMessages } from './render-messages';

/** Every message of a table by its path, e.g. "classic.closesOn". */
function byPath(table: unknown, prefix = ''): [string, string][] {
  if (typeof table === 'string') return [[prefix, table]];
  return Object.entries(table as Record<string, unknown>).flatMap(([key, value]) =>
    byPath(value, prefix ? `${prefix}.${key}` : key),
  );
}

const slots = (message: string) => (message.match(/\{\w+\}/g) ?? []).sort();
const english = new Map(byPath(en));

describe.each(LANGUAGES.filter((language) => language !== 'en'))('messages in %s', (language) => {
  const table = byPath(renderMessages(language));

  it("hold exactly English's messages, each a string: none missing, none stray or misspelt", () => {
    expect(table.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
  });

  it('fill the same slots as the English ones, so no value is dropped', () => {
    const mismatched = table.filter(([path, message]) => slots(message).join() !== slots(english.get(path)!).join());
    expect(mismatched).toEqual([]);
  });

  it('leave no link sentence without words before or between its links (the template puts the spaces)', () => {
    const empty = table.filter(([path, message]) => /\.(before|middle)$/.test(path) && message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('translate every sentence (only short labels and titles may stay as in English)', () => {
    const same = table.filter(([path, message]) => message === english.get(path) && message.split(' ').length > 3);
    expect(same).toEqual([]);
  });
});

describe('fillMessage', () => {
  it('fills slots in one pass: a value holding a slot name stays as it is', () => {
    expect(fillMessage('{title} at {company}', { title: '{company}', company: 'Acme' })).toBe('{company} at Acme');
  });

  it('leaves a slot it has no value for', () => {
    expect(fillMessage('Applications close on {date}.', {})).toBe('Applications close on {date}.');
  });
});
