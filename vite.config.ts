import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
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

const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  define: { __AFTERVIEW_TEST__: JSON.stringify(mode === E2E_MODE) },
  plugins: [
    preact(),
    // One classic script: CRXJS's default ES-module loader needs its chunks web-accessible, and a mail page
    // that can fetch them can tell the extension is installed.
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
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
