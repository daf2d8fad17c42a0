import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import manifest from './manifest.json' with { type: 'json' };

/** Ships dictionary-en's Hunspell files inside the extension, for the background's spell checker. */
function spellingDictionary(): Plugin {
  const folder = new URL('./node_modules/dictionary-en/', import.meta.url);
  return {
    name: 'afterview-spelling-dictionary',
    generateBundle() {
      for (const [from, to] of [['index.aff', 'en.aff'], ['index.dic', 'en.dic']] as const) {
        this.emitFile({ type: 'asset', fileName: `dictionaries/${to}`, source: readFileSync(new URL(from, folder)) });
      }
    },
  };
}

const WORKER_FILE = 'background.js';

/**
 * Builds the service worker as one classic script, minified, and names it in the built manifest. Chrome
 * keeps a V8 code cache beside an installed worker's classic script and compiles it from that on every
 * wake-up; a module worker (CRXJS's loader and its chunks) got none, so each wake-up compiled ~430 KB
 * from source (bench/cold-path.bench.ts: script load 65 -> 26 ms median). CRXJS is handed the manifest
 * without its background, so it builds no module copy beside it.
 */
function classicWorker(entry: string): CrxPlugin {
  let config: ResolvedConfig;
  return {
    name: 'afterview-classic-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async renderCrxManifest(built) {
      const output = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        resolve: config.resolve,
        define: config.define,
        logLevel: 'warn',
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
          lib: { entry, formats: ['iife'], name: 'afterviewBackground', fileName: () => WORKER_FILE },
          rollupOptions: { output: { entryFileNames: WORKER_FILE, codeSplitting: false } },
        },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
      const chunk = chunks.find((c): c is Rolldown.OutputChunk => c.type === 'chunk' && c.isEntry);
      if (!chunk || chunks.some((c) => c !== chunk)) throw new Error('The service worker did not build as one script.');
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: chunk.code });
      return { ...built, background: { service_worker: WORKER_FILE } };
    },
  } as CrxPlugin;
}

const { background, ...pages } = manifest;
const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  define: { __AFTERVIEW_TEST__: JSON.stringify(mode === E2E_MODE) },
  plugins: [
    preact(),
    // One classic script: CRXJS's default ES-module loader needs its chunks web-accessible, and a mail page
    // that can fetch them can tell the extension is installed.
    crx({ manifest: pages, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
    classicWorker(background.service_worker),
    spellingDictionary(),
  ],
  build: {
    // The test build goes apart, so it can never end up in the store zips built from dist/.
    outDir: mode === E2E_MODE ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The offer panel is named only in web_accessible_resources, which CRXJS copies as it is: built as a page here.
    rollupOptions: { input: { offer: 'src/ui/offer/index.html' } },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
}));
