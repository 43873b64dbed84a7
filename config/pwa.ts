// The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW): after the first visit every
// file of the build — JS and CSS chunks, the web workers, data/*.json (practices.json included, which loads
// only when needed), icons and index.html — is in a precache whose list Workbox writes from dist/ at build
// time, so the app works with the network off, after a reload too.
//
// Updates: "prompt", not "autoUpdate". A newer service worker installs in the background and waits; the
// running tab keeps the version it started with (old chunks stay in the old precache, so nothing fails to
// load mid-session), and the app says quietly that a newer version is ready, with what a reload clears
// (figures loaded from a file live only in the tab). The new version takes over on "Reload" or on the next
// visit once every tab of the old one is closed. autoUpdate would reload open tabs by itself and silently drop
// uploaded figures and unsaved text.
//
// The app registers ./sw.js itself (src/app/service-worker.ts): injectRegister false, so no script is
// injected into index.html (the CSP forbids inline script) and no workbox-window in the bundle.
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

export const THEME_COLOUR = '#005eb8';

export const PWA_OPTIONS = {
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeManifestIcons: false,
  manifest: {
    name: 'GP Workforce Planner',
    short_name: 'GP Workforce',
    description:
      "Where England's GPs are short, how that changed since 2015/16, and what planning levers would do. Works offline.",
    lang: 'en-GB',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the app can load (the plugin adds manifest.webmanifest itself); the README's screenshot
    // (copied from public/) is not part of the app.
    globPatterns: ['**/*.{html,js,css,json,png,svg}'],
    globIgnores: ['screenshot.png'],
    // The shared link carries the view in its query string: any navigation gets the cached page, except
    // to a file (a path whose last part has a dot, whatever the query), left to the cache or the network.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^[^?]*\/[^/?]*\.[^/?]*(?:\?.*)?$/],
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled as soon as the cache is filled, so going offline in that same
    // visit already works. An update still waits for "Reload" (skipWaiting stays false: see above).
    clientsClaim: true,
    skipWaiting: false,
    // Workbox's runtime goes into sw.js itself: one file to fetch and check for updates.
    inlineWorkboxRuntime: true,
  },
} satisfies Partial<VitePWAOptions>;

export const serviceWorker = () => VitePWA(PWA_OPTIONS);
