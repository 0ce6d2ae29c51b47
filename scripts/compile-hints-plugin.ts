// A webpack plugin for the browser build: each script chunk starts with V8's explicit compile hint,
// `//# allFunctionsCalledOnLoad` (https://v8.dev/blog/explicit-compile-hints, Chrome 136+). Without it, V8
// compiles a module's function only when it is first called: for a webpack chunk that is every module
// factory, compiled on the main thread while the page starts. With it, V8 compiles the whole file on the
// thread that streams the script in, before the page needs it.
//
// Measured on `/build` (5 Lighthouse runs, mobile, on this machine): webpack's require, where that lazy
// compiling showed up, fell from 303 to 21 ms of a 4x-slowed CPU profile; main.js's long task from ~200
// to ~60 ms; the median Total Blocking Time from 862 to 407 ms. The cost is compiling functions a page
// never calls (the rest of React DOM); V8's blog advises the hint for files whose code runs on load,
// which a first-load chunk is. The nomodule polyfills, which current browsers never load, get none.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

// The little of webpack's API this uses (Next's compiled webpack ships no types of its own).
type Source = object;
interface Compilation {
  hooks: {
    processAssets: {
      tap(options: { name: string; stage: number }, fn: (assets: Record<string, Source>) => void): void;
    };
  };
  updateAsset(name: string, update: (source: Source) => Source): void;
}
interface Compiler {
  hooks: { thisCompilation: { tap(name: string, fn: (compilation: Compilation) => void): void } };
}
interface Webpack {
  Compilation: { PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE: number };
  sources: { ConcatSource: new (...parts: (string | Source)[]) => Source };
}

export class CompileHintsPlugin {
  // Next bundles its own webpack: the plugin takes that one, as next.config.ts's `webpack` hook gives it.
  constructor(private readonly webpack: Webpack) {}

  apply(compiler: Compiler) {
    const { Compilation, sources } = this.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minifying (which would drop the comment), before the content hash names the file.
        { name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/^static\/chunks\/.*\.js$/.test(name) || /\/polyfills-/.test(name)) continue;
            compilation.updateAsset(name, (source) => new sources.ConcatSource(COMPILE_HINT, source));
          }
        },
      );
    });
  }
}
