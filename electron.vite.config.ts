/**
 * Builds the three Electron parts plus the web host:
 *   out/main/index.js           Electron main process
 *   out/main/host.js            Node web host (`npm run web`), no electron import
 *   out/main/session-worker.js  the session worker (the VM runs here), shared by both hosts
 *   out/preload/index.cjs       sandboxed preload (CommonJS, as Electron's sandbox requires)
 *   out/renderer/               Svelte 5 + Monaco + xterm, minified, relative asset paths (file://)
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { inlineRefcounts } from './scripts/refcount-inline.mjs';

/** The VM's refcount releases written out at their call sites (scripts/refcount-inline.mjs). */
const refcountInline = {
  name: 'bytescope-refcount-inline',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]src[\\/]vm[\\/].*\.ts$/.test(id)) return null;
    const out = inlineRefcounts(code, id);
    return out === code ? null : { code: out, map: null };
  },
};

export default defineConfig({
  main: {
    plugins: [refcountInline],
    build: {
      externalizeDeps: { include: ['ws'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/host/main.ts'),
          'session-worker': resolve('src/main/session/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [svelte()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 8000,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
