import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';

/** Runs the app's entry, which index.html names, once the page's shell has been drawn (or soon, in a hidden window). */
const START = `const entry = new URL(document.querySelector('meta[name="app-entry"]').content, document.baseURI).href;
let started = false;
const start = () => {
  if (started) return;
  started = true;
  import(entry);
};
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 100);
`;

/**
 * The shell in index.html (styled inline: «AKAN Utvalg», «Åpner …») paints as soon as a static page would. Nothing
 * holds it back: the app's stylesheets come as `<link rel="preload" as="style">` (fetched at once, not render-blocking;
 * `renderer/src/appStyles.ts` applies them before the app mounts), and the app's entry (named in a meta element) is
 * imported by a tiny `assets/start-….js` only after the first frame. Running it first, or preloading its modules
 * (the browser compiles them as they arrive), would delay that paint; see bench/firstPaint.bench.ts.
 */
function shellPaintsFirst(): Plugin {
  // Named by its content, as every other asset is, so that no cache can hold on to an old one.
  const start = `assets/start-${createHash('sha256').update(START).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'akan-shell-paints-first',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: start, source: START });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        if (!entry.test(html)) throw new Error('index.html has no module entry to start after the first paint.');
        return html
          .replace(/<link rel="stylesheet"([^>]*)>/g, '<link rel="preload" as="style"$1>')
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
          .replace(
            entry,
            '<meta name="app-entry" content="$1">\n' +
              `    <script type="module" crossorigin src="./${start}"></script>`,
          );
      },
    },
  };
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          // Worker threads for long work (core/workers/pool.ts looks for it beside this bundle).
          akanWorker: resolve(__dirname, 'core/workers/worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), shellPaintsFirst()],
    build: {
      // Minified, with each area (and the charts) in its own chunk loaded on demand; see bench/renderer.bench.ts.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
