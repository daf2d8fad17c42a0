import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_ID } from '../../scripts/firefox-manifest';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  manifest_version: number;
  permissions: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: { matches: string[] }[];
  content_security_policy: { extension_pages: string };
  background: { service_worker: string; type?: string };
  icons: Record<string, string>;
};

const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

describe('the manifest asks for no more than Afterview uses', () => {
  it('is Manifest V3 with a classic service worker (one script, which Chrome compiles from its code cache on each wake-up)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.type).toBeUndefined();
  });

  it('asks only for alarms, notifications, storage (for the browser\'s own sync) and the mail hosts it works on', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    // The same five hosts as the content script: so the popup can find the thread's tab.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...MAIL_HOSTS].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('injects into the mail hosts only', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect(matches.sort()).toEqual([...MAIL_HOSTS].sort());
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|https:\/\/\*\//);
  });

  it('runs no remote code', () => {
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  it('has icons in the four sizes', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });
});

describe('the Firefox manifest', () => {
  const built = { ...manifest, minimum_chrome_version: '116', background: { service_worker: 'background.js' } };

  it('runs the background as Firefox MV3 accepts it, with a gecko id', () => {
    const firefox = firefoxManifest(built);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefoxManifest({ ...built, background: { service_worker: 'loader.js', type: 'module' } }).background).toEqual({ scripts: ['loader.js'], type: 'module' });
    expect(firefox).toMatchObject({ browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0' } } });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('refuses a manifest without a service worker', () => {
    expect(() => firefoxManifest({ manifest_version: 3 })).toThrow('no background.service_worker');
  });
});
