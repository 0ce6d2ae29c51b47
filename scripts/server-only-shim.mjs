// Outside Next, `server-only` would throw on import: scripts that run lib/ code directly (bench, tools)
// load this first so the marker package resolves to an empty module.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
