/**
 * The app's stylesheets come to index.html as `<link rel="preload" as="style">` (see `electron.vite.config.ts`): they
 * download at once but do not hold back the first paint of the page's own shell («Åpner …»). This applies them and
 * resolves when they are in, so the app mounts styled. In development Vite injects the styles itself: nothing to wait for.
 */
export function appStyles(doc: Document = document): Promise<void> {
  const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')];
  return Promise.all(
    preloaded.map(
      (preload) =>
        new Promise<void>((resolve) => {
          const sheet = doc.createElement('link');
          sheet.rel = 'stylesheet';
          if (preload.crossOrigin !== null) sheet.crossOrigin = preload.crossOrigin;
          // A stylesheet that fails to load must not keep the app from starting.
          sheet.addEventListener('load', () => resolve());
          sheet.addEventListener('error', () => resolve());
          sheet.href = preload.href;
          preload.after(sheet);
        }),
    ),
  ).then(() => undefined);
}
