// The manifest Chrome actually loads: dist/manifest.json as the build wrote it, not the source CRXJS reads.
// A build plugin can add keys the source never had (web-accessible chunks, permissions), so this is the
// one that must ask for no more than Afterview uses.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: WebAccessibleResource[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  background?: { service_worker?: string; type?: string };
}

const DIST = join(resolve(import.meta.dirname, '../..'), 'dist');
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;

const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

describe('the built manifest (dist/manifest.json)', () => {
  it('asks for exactly alarms, notifications and storage (issue 16: storage.sync), and no optional permission', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('reaches only the five mail hosts', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(MAIL_HOSTS);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(MAIL_HOSTS);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('exposes only the offer panel, to the mail hosts, and only at the dynamic URL of each session, so a mail page cannot fetch a file to detect Afterview', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['src/ui/offer/index.html'], matches: MAIL_HOSTS, use_dynamic_url: true }]);
  });

  it('runs its content script as one file that loads nothing else', () => {
    const scripts = manifest.content_scripts.flatMap((c) => c.js);
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(DIST, scripts[0] ?? ''), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(/);
    // The one extension URL it names is the offer panel it frames in the sidebar (src/ui/sidebar/OfferSection.tsx).
    expect([...code.matchAll(/runtime\.getURL\(([^)]*)\)/g)].map((m) => m[1]?.slice(1, -1))).toEqual(['src/ui/offer/index.html']);
  });

  it('runs its service worker as one classic script that loads nothing else', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    const code = readFileSync(join(DIST, 'background.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^import\b|\bimportScripts\(/m);
  });

  it('allows no remote or inline code in its pages', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });
});
