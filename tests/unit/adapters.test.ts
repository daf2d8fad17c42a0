// Each adapter over its fixture pages in a DOM environment (happy-dom), selector by selector: the English
// pages and German and Spanish ones, whose labels the adapters must not depend on.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diagnosticsText } from '../../src/mail/diagnostics';
import { createGmail } from '../../src/mail/gmail/adapter';
import { createOutlook } from '../../src/mail/outlook/adapter';
import type { MailHost } from '../../src/mail/types';

const GMAIL_THREAD = 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr';

/** A fixture page as the browser parses it, without running its script (the stand-in for the host's own code). */
function page(file: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'));
  return window.document as unknown as Document;
}

/** Gmail keeps every view in the page and shows one by the hash: what the fixture's own script does on load. */
function gmailPage(file: string): Document {
  const doc = page(file, `https://mail.google.com/mail/u/0/#inbox/${GMAIL_THREAD}`);
  doc.querySelectorAll<HTMLElement>('[data-view]').forEach((view) => (view.style.display = view.getAttribute('data-view') === GMAIL_THREAD ? '' : 'none'));
  return doc;
}

const matchedBy = (host: MailHost) => Object.fromEntries(host.diagnostics().map((m) => [m.element, m.matchedBy]));

describe.each([
  ['English', 'gmail/threads.html'],
  ['German', 'gmail/threads-de.html'],
])('the Gmail adapter on a %s page', (_language, file) => {
  const host = createGmail(gmailPage(file));

  it('finds each element it reads by a language-neutral selector', () => {
    expect(matchedBy(host)).toMatchObject({ threadRoot: 'main_a98_2023_11', subject: 'h2_hP', message: 'adn_message_id', sender: 'gD_email', recipients: 'g2_email', date: 'g3_title', body: 'a3s_aiL', bottomReply: 'amn_bkH', sendButton: 'IZ_Up' });
  });

  it('reads the thread: senders, recipients, dates and text without the quoted history', () => {
    const read = host.readThread();
    if (!read.ok) throw new Error(read.reason);
    expect(read.thread.subject).toBe('Re: Senior Data Engineer interview');
    expect(read.thread.messages.map((m) => [m.from.email, m.to.map((p) => p.email), new Date(m.sentAt).getDate()])).toEqual([
      ['maya.ortiz@northwindlabs.com', ['dana.whitfield@gmail.com'], 20],
      ['maya.ortiz@northwindlabs.com', ['dana.whitfield@gmail.com'], 23],
    ]);
    expect(read.thread.messages[1]?.text).toContain('within the next week to ten business days');
    expect(read.thread.messages[1]?.text).not.toContain('Your interview is confirmed');
  });
});

describe.each([
  ['English', 'outlook/conversation.html', 'https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D', 2],
  ['German', 'outlook/conversation-de.html', 'https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D', 3],
  ['Spanish', 'outlook/conversation-es.html', 'https://outlook.cloud.microsoft/mail/id/AAQkAGI2TG93AAA%3D', 3],
])('the Outlook adapter on a %s page', (language, file, url, count) => {
  const host = createOutlook(page(file, url));

  it('finds the reading pane, subject, senders, dates and bodies without their labels', () => {
    expect(matchedBy(host)).toMatchObject({ readingPane: 'ReadingPaneContainerId', selectedConversation: 'convid_selected', subject: 'CONV_SUBJECT', sender: 'MSG_FROM', date: 'SentReceivedSavedTime', body: 'document_body' });
  });

  it('never takes the reading pane for a compose box', () => {
    expect(matchedBy(host)).toMatchObject({ composeRoot: null, composeBody: null });
  });

  it('reads every message, a sender-less one kept with its sender unknown, dates in the page language’s order', () => {
    const read = host.readThread();
    if (!read.ok) throw new Error(read.reason);
    expect(read.thread.id).toBe('AAQkAGI2TG93AAA=');
    const messages = read.thread.messages;
    expect(messages).toHaveLength(count);
    const [freeze, checkIn] = [messages.at(-1), messages.at(-2)];
    expect(freeze?.from).toEqual({ name: 'Sandra Lewis', email: 'slewis@crestmontbank.com' });
    expect(freeze?.to).toEqual([{ name: 'Michael Okafor', email: 'm.okafor@live.com' }]);
    expect([new Date(freeze?.sentAt ?? '').getMonth(), new Date(freeze?.sentAt ?? '').getDate()]).toEqual([10, 11]);
    expect(checkIn?.from.email).toBe('m.okafor@live.com');
    expect(freeze?.text).toContain('hiring freeze');
    expect(freeze?.text).not.toContain('I wanted to follow up on my interview.');
    if (language !== 'English') {
      expect(messages[0]?.from).toEqual({ name: '', email: '' });
      expect(messages[0]?.text).toContain('Thank you for coming in on October 27');
      expect([new Date(messages[0]?.sentAt ?? '').getMonth(), new Date(messages[0]?.sentAt ?? '').getDate()]).toEqual([9, 27]);
    }
  });

  it('finds the reply action whatever the toolbar is called', async () => {
    const doc = page(file, url);
    const clicked: string[] = [];
    doc.addEventListener('click', (event) => clicked.push((event.target as Element).textContent ?? ''));
    await createOutlook(doc).openReply();
    expect(clicked[0]).toBe(doc.querySelector('[role=toolbar] [role=menuitem]')?.textContent);
  });
});

describe('the account each page shows', () => {
  it.each(['gmail/threads.html', 'gmail/threads-de.html'])('Gmail (%s): the address from the title, the name from the account button', (file) => {
    expect(createGmail(gmailPage(file)).account()).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' });
  });

  it('Gmail without its account button: the name the page gives the address as a recipient', () => {
    const doc = gmailPage('gmail/threads-de.html');
    doc.getElementById('gb')?.remove();
    expect(createGmail(doc).account()).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' });
  });

  it.each([
    ['outlook/conversation.html', 'https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D'],
    ['outlook/conversation-de.html', 'https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D'],
    ['outlook/conversation-es.html', 'https://outlook.cloud.microsoft/mail/id/AAQkAGI2TG93AAA%3D'],
  ])('Outlook (%s): the title’s name, confirmed, and the address the employer wrote to', (file, url) => {
    expect(createOutlook(page(file, url)).account()).toEqual({ name: 'Michael Okafor', email: 'm.okafor@live.com' });
  });

  it('Outlook: the account button alone confirms the title’s name; neither confirming, no account', () => {
    const doc = page('outlook/conversation-es.html', 'https://outlook.cloud.microsoft/mail/id/AAQkAGI2TG93AAA%3D');
    doc.getElementById('ReadingPaneContainerId')?.replaceChildren();
    expect(createOutlook(doc).account()).toEqual({ name: 'Michael Okafor', email: '' });
    doc.getElementById('O365_MainLink_Me')?.remove();
    expect(createOutlook(doc).account()).toBeNull();
  });
});

describe('the diagnostics a user can copy', () => {
  it('names selectors and counts, never the mail', () => {
    const host = createOutlook(page('outlook/conversation-de.html', 'https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D'));
    const text = diagnosticsText('outlook', 'de', host.diagnostics());
    expect(text).toContain('sender: MSG_FROM (2)');
    expect(text).toContain('composeBody: no match');
    for (const mail of ['Sandra', 'Okafor', 'freeze', 'crestmontbank', 'Financial Analyst']) expect(text).not.toContain(mail);
  });
});
