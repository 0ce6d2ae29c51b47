import '#server-only';

import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';

// ICU messages are parsed here, on the server, with Lingui's compiler; the page receives only its locale's
// messages, already compiled, as props (data in the HTML, not JavaScript). The browser's side is then a
// lookup and a small walk over the compiled tokens (components/builder/ui-text.tsx), with no ICU parser.

/** One compiled message: plain text stays a string (most messages), others Lingui's token list. */
export type UiMessage = string | CompiledMessage;
export type UiMessages = Record<string, UiMessage>;

export function compileUiMessages(catalog: Record<string, string>): UiMessages {
  const compiled: UiMessages = {};
  for (const [id, source] of Object.entries(catalog)) {
    const tokens = compileMessageOrThrow(source);
    compiled[id] = tokens.length === 1 && typeof tokens[0] === 'string' ? tokens[0] : tokens;
  }
  return compiled;
}

/** The placeholder names a message uses (`{n}`, `{count, plural, …}`), nested ones included, sorted. */
export function placeholders(source: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      names.add(token[0]);
      const choices = token[2];
      if (choices && typeof choices === 'object') {
        for (const [key, branch] of Object.entries(choices))
          if (key !== 'offset' && Array.isArray(branch)) walk(branch);
      }
    }
  };
  walk(compileMessageOrThrow(source));
  return [...names].sort();
}
