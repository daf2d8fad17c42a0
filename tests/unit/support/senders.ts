// The senders the browser reports, one of each kind the router must tell apart.
import type { Runtime } from 'webextension-polyfill';
import type { ExtensionIdentity } from '../../../src/background/caller';

export const SELF: ExtensionIdentity = { id: 'afterviewextensionid', origin: 'chrome-extension://afterviewextensionid/' };

const tab = (url: string) => ({ id: 7, index: 0, url, highlighted: true, active: true, pinned: false, incognito: false }) as Runtime.MessageSender['tab'];

export const SENDERS = {
  'the options page': { id: SELF.id, url: `${SELF.origin}src/ui/options/index.html`, tab: tab(`${SELF.origin}src/ui/options/index.html`) },
  'the popup': { id: SELF.id, url: `${SELF.origin}src/ui/popup/index.html` },
  // The sidebar's offer panel: our page in a frame of the mail tab, so the browser reports the mail tab and our URL.
  'the offer panel framed in Gmail': { id: SELF.id, url: `${SELF.origin}src/ui/offer/index.html?application=x`, tab: tab('https://mail.google.com/mail/u/0/#inbox/FMfcgzQX'), frameId: 3 },
  'the content script in Gmail': { id: SELF.id, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX', tab: tab('https://mail.google.com/mail/u/0/#inbox/FMfcgzQX'), frameId: 0 },
  'the content script in Outlook': { id: SELF.id, url: 'https://outlook.office.com/mail/inbox', tab: tab('https://outlook.office.com/mail/inbox'), frameId: 0 },
  'another extension’s page': { id: 'someotherextension', url: 'chrome-extension://someotherextension/page.html' },
  'a content script on a page that is not mail': { id: SELF.id, url: 'https://mail.google.com.evil.test/', tab: tab('https://mail.google.com.evil.test/'), frameId: 0 },
  'a sender with no URL': { id: SELF.id },
} satisfies Record<string, Runtime.MessageSender>;

export const EXTENSION_PAGE = SENDERS['the options page'];
export const MAIL_CONTENT = SENDERS['the content script in Gmail'];
