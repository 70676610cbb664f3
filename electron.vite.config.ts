import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The built page's stylesheets as `<link rel="preload" as="style">`: fetched at once, but not render-blocking, so the
 * shell (styled inline in index.html) paints as soon as a static page would. `renderer/src/appStyles.ts` applies them
 * before the app mounts.
 */
function stylesAfterFirstPaint(): Plugin {
  return {
    name: 'akan-styles-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<link rel="stylesheet"([^>]*)>/g, '<link rel="preload" as="style"$1>'),
    },
  };
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main.ts') } },
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
    plugins: [react(), stylesAfterFirstPaint()],
    build: {
      // Minified, with each area (and the charts) in its own chunk loaded on demand; see bench/renderer.bench.ts.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
