import type { Runtime } from 'webextension-polyfill';
import { mailHostOf } from '../core/mail-hosts';
import type { Caller } from '../protocol';

/** This extension as the browser names it: its id, and the origin its own pages load from (`chrome-extension://<id>/`). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/**
 * Who sent a message, from what the browser itself records about the sender (a page cannot forge it):
 * one of our pages, our content script in a mail tab, or nobody we answer (another extension, a page
 * that is not mail, a sender with no URL).
 */
export function callerOf(sender: Runtime.MessageSender, self: ExtensionIdentity): Caller | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.origin)) return 'extension-page';
  if (sender.tab && mailHostOf(sender.url) !== null) return 'mail-content';
  return null;
}
