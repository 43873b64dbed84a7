// The service worker's navigation fallback (config/pwa.ts): which navigations get the cached page.
import { describe, expect, it } from 'vitest';
import { PWA_OPTIONS } from '../../config/pwa';

// Workbox tests the denylist against the path and query of a navigation.
const deniedFallback = (pathAndQuery: string) => PWA_OPTIONS.workbox.navigateFallbackDenylist.some((re) => re.test(pathAndQuery));

describe('service worker settings', () => {
  it('serves the cached page for any shared link, whatever its query holds', () => {
    for (const link of [
      '/',
      '/?level=icb',
      '/?levers=leaverRate:0.085,returners:70&year=2031',
      '/app/?note=a/b.c',
      '/?year=2024/25',
    ])
      expect(deniedFallback(link), link).toBe(false);
  });

  it('leaves navigations to a file to the cache or the network', () => {
    for (const file of ['/data/areas.json', '/screenshot.png', '/app/sw.js?x=1', '/manifest.webmanifest'])
      expect(deniedFallback(file), file).toBe(true);
  });
});
