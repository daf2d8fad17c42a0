import type { MailMessage, MailThread, Person } from '../../core/model';
import { onTrusted } from '../../trusted-events';
import { all, first, isVisible, parsePerson, press, readableText, typeInto } from '../dom';
import { parseGmailDate } from '../dates';
import { selectorReport } from '../diagnostics';
import type { Insertion, InsertResult, ListRow, MailHost, SentMessage, ThreadRead } from '../types';
import { gmailComposeUrl, gmailThreadIdFromUrl } from './routes';
import { gmailSelectors as S } from './selectors';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function personOf(element: Element): Person {
  const email = element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? '';
  return { name: element.getAttribute('name') ?? element.textContent?.trim() ?? '', email };
}

function readMessage(element: Element): MailMessage | null {
  const sender = first(element, S.sender);
  if (!sender) return null;
  const dateTitle = first(element, S.date)?.element.getAttribute('title') ?? '';
  const body = first(element, S.body);
  return {
    from: personOf(sender.element),
    to: all(element, S.recipients).map(personOf),
    cc: [],
    sentAt: parseGmailDate(dateTitle) ?? '',
    text: body ? readableText(body.element, S.quoted) : '',
  };
}

/** "Google Account: Dana Whitfield (dana@…)" in any language: the name before the parentheses, after the localised prefix. */
const ACCOUNT_LABEL = /([^:()]{0,200})\(\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)/;

function accountOf(doc: Document): Person | null {
  const titleEmail = EMAIL.exec(doc.title.slice(0, 500))?.[0] ?? '';
  const label = ACCOUNT_LABEL.exec((first(doc, S.accountButton)?.element.getAttribute('aria-label') ?? '').slice(0, 500));
  const email = titleEmail || label?.[2] || '';
  if (!email) return null;
  const sameAddress = (other: string) => other.toLowerCase() === email.toLowerCase();
  const labelled = label && sameAddress(label[2] ?? '') ? (label[1] ?? '').replace(/\s+/g, ' ').trim() : '';
  // Without the button, the name the page gives the address where it shows it as a recipient.
  const asRecipient = all(doc, S.recipients).find((e) => sameAddress(e.getAttribute('email') ?? ''))?.getAttribute('name') ?? '';
  return { name: labelled || asRecipient.trim(), email };
}

function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      const found = find();
      if (found || Date.now() - started > ms) resolve(found);
      else setTimeout(tick, 50);
    };
    tick();
  });
}

function listRowId(row: Element): string | null {
  const element = first(row, S.listRowThreadId)?.element;
  return element?.getAttribute('data-legacy-thread-id') ?? element?.getAttribute('data-thread-id')?.replace(/^#/, '') ?? null;
}

export function createGmail(doc: Document = document): MailHost {
  const threadRoot = () => first(doc, S.threadRoot)?.element ?? null;
  const replyEditor = () => (first(doc, S.composeBody)?.element as HTMLElement | undefined) ?? null;

  const host: MailHost = {
    name: 'gmail',
    view() {
      const id = gmailThreadIdFromUrl(doc.location.href);
      const subject = first(doc, S.subject);
      if (id || subject) return { kind: 'thread', threadId: subject?.element.getAttribute('data-legacy-thread-id') ?? id };
      return all(doc, S.listRow).some(isVisible) ? { kind: 'list', threadId: null } : { kind: 'other', threadId: null };
    },
    readingPane: threadRoot,
    readThread(): ThreadRead {
      const root = threadRoot();
      const subject = first(doc, S.subject);
      if (!root || !subject) return { ok: false, reason: "Afterview can't read this Gmail view: no open thread was found." };
      const threadId =
        subject.element.getAttribute('data-legacy-thread-id') ?? first(doc, S.threadId)?.element.getAttribute('data-thread-perm-id') ?? gmailThreadIdFromUrl(doc.location.href);
      const messages = all(root, S.message)
        .filter(isVisible)
        .map(readMessage)
        .filter((m): m is MailMessage => m !== null);
      if (!threadId || messages.length === 0) return { ok: false, reason: "Afterview can't read this Gmail thread: its messages did not load yet." };
      const userEmail = EMAIL.exec(doc.title)?.[0];
      const thread: MailThread = { host: 'gmail', id: threadId, subject: subject.element.textContent?.trim() ?? '', messages, ...(userEmail ? { userEmail } : {}) };
      return { ok: true, thread };
    },
    replyEditor,
    async openReply() {
      const existing = replyEditor();
      if (existing) return existing;
      const button = first(doc, S.bottomReply) ?? first(doc, S.replyButton);
      if (!button) return null;
      press(button.element);
      return waitFor(replyEditor, 2_000);
    },
    async insert(insertion: Insertion): Promise<InsertResult> {
      const editor = await host.openReply();
      if (!editor) return { ok: true, via: 'deeplink', url: host.composeUrl(insertion) };
      const subjectBox = first(doc, S.subjectBox)?.element as HTMLInputElement | undefined;
      // A reply's subject is hidden; changing it would split the thread, so only a visible one is set.
      if (subjectBox && isVisible(subjectBox) && insertion.subject) {
        subjectBox.value = insertion.subject;
        subjectBox.dispatchEvent(new Event('input', { bubbles: true }));
      }
      typeInto(editor, insertion.body);
      return { ok: true, via: 'editor' };
    },
    onSend(listener: (sent: SentMessage) => void) {
      const report = (from: Element) => {
        const root = from.closest(S.composeRoot.map((c) => c.css).join(',')) ?? doc;
        const body = first(root, S.composeBody)?.element;
        listener({
          threadId: host.view().threadId,
          to: [...root.querySelectorAll('[name=to] [data-hovercard-id]')].map((chip) => chip.getAttribute('data-hovercard-id') ?? '').filter(Boolean),
          subject: (first(root, S.subjectBox)?.element as HTMLInputElement | undefined)?.value ?? '',
          body: body ? readableText(body, S.quoted) : '',
        });
      };
      const sendSelector = S.sendButton.map((c) => c.css).join(',');
      // Only the user's own send counts: a page script's synthetic click on Send must not log a contact.
      const onClick = onTrusted((event: Event) => {
        const target = event.target instanceof Element ? event.target.closest(sendSelector) : null;
        if (target) report(target);
      });
      const onKey = onTrusted((event: KeyboardEvent) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target) return;
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && target.closest(S.composeBody.map((c) => c.css).join(','))) report(target);
        else if ((event.key === 'Enter' || event.key === ' ') && target.closest(sendSelector)) report(target);
      });
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onKey, true);
      return () => {
        doc.removeEventListener('click', onClick, true);
        doc.removeEventListener('keydown', onKey, true);
      };
    },
    composeUrl: ({ to, subject, body }) => gmailComposeUrl(doc.location.href, to, subject, body),
    diagnostics: () => selectorReport(doc, S),
    account: () => accountOf(doc),
    listRows(): ListRow[] {
      return all(doc, S.listRow).map((row) => ({
        // The legacy (hex) id is the one the open thread's heading carries, so rows and threads match.
        threadId: listRowId(row),
        subject: first(row, S.listRowSubject)?.element.textContent?.trim() ?? '',
        senders: all(row, S.listRowSender).map((e) => parsePerson(e.getAttribute('email') ?? '').email),
        dateText: first(row, S.listRowDate)?.element.getAttribute('title') ?? '',
        unread: row.classList.contains('zE'),
      }));
    },
  };
  return host;
}
