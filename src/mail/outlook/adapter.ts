import type { MailMessage, MailThread } from '../../core/model';
import { onTrusted } from '../../trusted-events';
import { all, first, isVisible, parsePerson, press, readableText, typeInto } from '../dom';
import { parseOutlookDate } from '../dates';
import type { Insertion, InsertResult, ListRow, MailHost, SentMessage, ThreadRead } from '../types';
import { outlookComposeUrl, outlookItemIdFromUrl } from './routes';
import { outlookSelectors as S } from './selectors';

/** A message is the nearest ancestor of a sender heading that holds exactly one message body. */
function messageElements(pane: Element): Element[] {
  const labelled = all(pane, S.message);
  if (labelled.length > 0) return labelled;
  return all(pane, S.sender).map((from) => {
    let node: Element | null = from;
    while (node && node !== pane && node.querySelectorAll('[role=document]').length !== 1) node = node.parentElement;
    return node ?? from;
  });
}

function readMessage(element: Element): MailMessage | null {
  const sender = first(element, S.sender);
  if (!sender) return null;
  const dateElement = first(element, S.date)?.element;
  const body = first(element, S.body);
  return {
    from: parsePerson(sender.element.textContent ?? ''),
    to: all(element, S.recipients).map((b) => parsePerson(b.getAttribute('title') ?? b.textContent ?? '')),
    cc: [],
    sentAt: parseOutlookDate(dateElement?.getAttribute('title') ?? dateElement?.textContent ?? '') ?? '',
    text: body ? readableText(body.element, S.quoted) : '',
  };
}

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
      const messages = messageElements(root)
        .filter(isVisible)
        .map(readMessage)
        .filter((m): m is MailMessage => m !== null);
      const id = threadId() ?? subject.element.id;
      if (messages.length === 0) return { ok: false, reason: "Afterview can't read this Outlook conversation: its messages did not load yet." };
      const thread: MailThread = { host: 'outlook', id, subject: subject.element.textContent?.trim() ?? '', messages };
      return { ok: true, thread };
    },
    replyEditor,
    async openReply() {
      const existing = replyEditor();
      if (existing) return existing;
      const reply = all(doc, S.quickReply).find((b) => /^reply$/i.test(b.textContent?.trim() ?? ''));
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
        listener({ threadId: host.view().threadId, to: [], subject: (first(doc, S.composeSubject)?.element as HTMLInputElement | undefined)?.value ?? '', body: body ? readableText(body, S.quoted) : '' });
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
