/* global self, URL, caches, Response */
/*
 * Web Share Target: a .komik file shared to the installed app arrives here as a POST (manifest: share_target). It is
 * kept in a cache and the app opens at the library with "?shared-pack", which checks and stores it exactly as a file
 * opened with "Buka file cerita" (src/content/local/shared-file.ts reads the same cache and key). Imported into the
 * generated service worker (vite.config.ts, workbox.importScripts); Workbox's routes answer GET only, so this is the
 * one listener that answers the POST.
 */
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== self.location.origin || !url.pathname.endsWith('/share-target')) return;
  event.respondWith(
    (async () => {
      try {
        const form = await event.request.formData();
        const file = form.getAll('pack').find((value) => typeof value !== 'string');
        if (file) {
          const cache = await caches.open('komik-saku-shared');
          await cache.put('shared-pack', new Response(file, { headers: { 'x-file-name': encodeURIComponent(file.name || 'cerita.komik') } }));
        }
      } catch {
        // Not a form with a file: the library opens as usual, with nothing received.
      }
      return Response.redirect(new URL('./?shared-pack#/', self.registration.scope).href, 303);
    })(),
  );
});
