import type { MailMessage, MailThread, Person } from '../../core/model';
import { onTrusted } from '../../trusted-events';
import { all, first, isVisible, parsePerson, press, readableText, typeInto } from '../dom';
import { parseOutlookDate, writesDayFirst } from '../dates';
import { selectorReport } from '../diagnostics';
import type { Insertion, InsertResult, ListRow, MailHost, SentMessage, ThreadRead } from '../types';
import { outlookComposeUrl, outlookItemIdFromUrl } from './routes';
import { outlookSelectors as S } from './selectors';

const bodiesIn = (element: Element) => all(element, S.body).length;

/**
 * A message is the widest element around one message body that holds no other: found from the bodies, so
 * it needs neither the English "Email message" label nor a sender heading (some messages have none).
 */
function messageElements(pane: Element): Element[] {
  const labelled = all(pane, S.message);
  if (labelled.length > 0) return labelled;
  return all(pane, S.body).map((body) => {
    let node = body;
    while (node.parentElement && node.parentElement !== pane && bodiesIn(node.parentElement) === 1) node = node.parentElement;
    return node;
  });
}

/** Who a message went to: the labelled recipient buttons, else any addressed button that is not the sender's. */
function recipientsOf(element: Element, sender: Element | undefined): Element[] {
  const labelled = all(element, S.recipients);
  return labelled.length > 0 ? labelled : all(element, S.addressedButtons).filter((button) => !sender?.contains(button));
}

/** A message as Outlook shows it; one without a sender element is kept, its sender unknown. */
function readMessage(element: Element, dayFirst: boolean): MailMessage {
  const sender = first(element, S.sender)?.element;
  const dateElement = first(element, S.date)?.element;
  const body = first(element, S.body);
  return {
    from: sender ? parsePerson(sender.textContent ?? '') : { name: '', email: '' },
    to: recipientsOf(element, sender).map((b) => parsePerson(b.getAttribute('title') ?? b.textContent ?? '')),
    cc: [],
    sentAt: parseOutlookDate(dateElement?.getAttribute('title') ?? dateElement?.textContent ?? '', dayFirst) ?? '',
    text: body ? readableText(body.element, S.quoted, S.quotedFrom) : '',
  };
}

/** "Mail - Michael Okafor - Outlook" ("E-Mail - …", "Correo - …"): the name between the localised first word and the app's. */
function nameInTitle(title: string): string {
  const parts = title.slice(0, 500).split(' - ');
  return parts.length >= 3 ? parts.slice(1, -1).join(' - ').trim() : '';
}

/**
 * The user as the page shows them: the title's name, confirmed by the account button's label or by the
 * recipients of the employer's mail (docs/mail-hosts.md), whose hover titles also give the address.
 */
function accountOf(doc: Document, messages: MailMessage[]): Person | null {
  const name = nameInTitle(doc.title);
  if (!name) return null;
  const isUser = (person: Person) => person.name.trim().toLowerCase() === name.toLowerCase();
  const addressedToUser = messages.filter((m) => !isUser(m.from)).flatMap((m) => m.to.filter(isUser));
  const buttonLabel = first(doc, S.accountButton)?.element.getAttribute('aria-label') ?? '';
  if (addressedToUser.length === 0 && !buttonLabel.toLowerCase().includes(name.toLowerCase())) return null;
  const withAddress = [...addressedToUser, ...messages.map((m) => m.from).filter(isUser)].find((p) => p.email);
  return { name, email: withAddress?.email ?? '' };
}

/** "Reply" in the languages Outlook's fixtures use; elsewhere the toolbar's first action, which is Reply in every layout seen. */
const REPLY_LABEL = /^(?:reply|antworten|responder)$/i;

function replyAction(doc: Document): Element | null {
  const actions = all(doc, S.quickReply);
  const named = actions.find((b) => REPLY_LABEL.test(b.textContent?.trim() ?? ''));
  if (named) return named;
  const lastToolbar = actions.at(-1)?.closest('[role=toolbar]');
  return lastToolbar?.querySelector('[role=menuitem]') ?? null;
}

const messagesIn = (pane: Element, dayFirst: boolean) =>
  messageElements(pane)
    .filter(isVisible)
    .map((element) => readMessage(element, dayFirst));

export function createOutlook(doc: Document = document): MailHost {
  const pane = () => first(doc, S.readingPane)?.element ?? null;
  const replyEditor = () => (first(doc, S.composeBody)?.element as HTMLElement | undefined) ?? null;
  const threadId = () => first(doc, S.selectedConversation)?.element.getAttribute('data-convid') ?? outlookItemIdFromUrl(doc.location.href);

  const host: MailHost = {
    name: 'outlook',
    view() {
      const subject = first(doc, S.subject);
      if (subject && pane()) return { kind: 'thread', threadId: threadId() ?? subject.element.id };
      return all(doc, S.listRow).length > 0 ? { kind: 'list', threadId: null } : { kind: 'other', threadId: null };
    },
    readingPane: pane,
    readThread(): ThreadRead {
      const root = pane();
      const subject = first(doc, S.subject);
      if (!root || !subject) return { ok: false, reason: "Afterview can't read this Outlook view: no open conversation was found." };
      const messages = messagesIn(root, writesDayFirst(doc.documentElement.lang));
      const id = threadId() ?? subject.element.id;
      if (messages.length === 0) return { ok: false, reason: "Afterview can't read this Outlook conversation: its messages did not load yet." };
      const thread: MailThread = { host: 'outlook', id, subject: subject.element.textContent?.trim() ?? '', messages };
      return { ok: true, thread };
    },
    replyEditor,
    async openReply() {
      const existing = replyEditor();
      if (existing) return existing;
      const reply = replyAction(doc);
      if (!reply) return null;
      press(reply);
      for (let i = 0; i < 40 && !replyEditor(); i++) await new Promise((r) => setTimeout(r, 50));
      return replyEditor();
    },
    async insert(insertion: Insertion): Promise<InsertResult> {
      const editor = await host.openReply();
      if (!editor) return { ok: true, via: 'deeplink', url: host.composeUrl(insertion) };
      const subject = first(doc, S.composeSubject)?.element as HTMLInputElement | undefined;
      if (subject && isVisible(subject) && insertion.subject) {
        // Outlook's subject is a React input: set it through the native setter so React sees the change.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(subject, insertion.subject);
        subject.dispatchEvent(new Event('input', { bubbles: true }));
        subject.dispatchEvent(new Event('change', { bubbles: true }));
      }
      typeInto(editor, insertion.body);
      return { ok: true, via: 'editor' };
    },
    onSend(listener: (sent: SentMessage) => void) {
      const sendSelector = S.sendButton.map((c) => c.css).join(',');
      const report = () => {
        const body = replyEditor();
        listener({ threadId: host.view().threadId, to: [], subject: (first(doc, S.composeSubject)?.element as HTMLInputElement | undefined)?.value ?? '', body: body ? readableText(body, S.quoted, S.quotedFrom) : '' });
      };
      // Only the user's own send counts: a page script's synthetic click on Send must not log a contact.
      const onClick = onTrusted((event: Event) => {
        if (event.target instanceof Element && event.target.closest(sendSelector)) report();
      });
      const onKey = onTrusted((event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && event.target instanceof Element && event.target.closest('[contenteditable=true]')) report();
      });
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onKey, true);
      return () => {
        doc.removeEventListener('click', onClick, true);
        doc.removeEventListener('keydown', onKey, true);
      };
    },
    composeUrl: ({ to, subject, body }) => outlookComposeUrl(doc.location.href, to, subject, body),
    diagnostics: () => selectorReport(doc, S),
    account() {
      const root = pane();
      return accountOf(doc, root ? messagesIn(root, writesDayFirst(doc.documentElement.lang)) : []);
    },
    listRows(): ListRow[] {
      return all(doc, S.listRow).map((row) => ({
        threadId: row.getAttribute('data-convid'),
        subject: row.getAttribute('aria-label') ?? '',
        senders: [],
        dateText: '',
        unread: /^unread\b/i.test(row.getAttribute('aria-label') ?? ''),
      }));
    },
  };
  return host;
}
