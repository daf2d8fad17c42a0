// The content script's one job: read what the mail tab shows, ask core and the background, show the sidebar.
import type { CheckIn, MailHostName, MailThread, Person, Settings, ThreadAnalysis } from '../core/model';
import { createMailHost } from '../mail';
import { diagnosticsText } from '../mail/diagnostics';
import browser, { type Runtime } from 'webextension-polyfill';
import { send, type OpenedThread, type ThreadState } from '../messaging';
import { insertRequestShape, readyRequestShape, type InsertReply, type InsertRequest, type ReadyReply } from './insert-request';
import type { SidebarActions, SidebarView } from '../ui/sidebar/types';
import { mountSidebar } from './mount-sidebar';
import { manualAnalysis, missingParts } from './unreadable';
import { watchNavigation } from './watch';
import { mark } from '../core/trace';

interface Current {
  thread: MailThread;
  analysis: ThreadAnalysis;
  state: ThreadState | null;
  /** The thread/open request it was read from, as sent: what the tab remembers the answer under. */
  request?: string;
}

/** How many threads' last answers a tab remembers. */
const REMEMBERED_THREADS = 50;

export function startAfterview(hostName: MailHostName): void {
  const mail = createMailHost(hostName);
  let current: Current | null = null;
  let settings: Settings | null = null;
  let signature = '';
  let account: Person | null = null;
  let lastView: SidebarView = { kind: 'idle' };
  /** The check-in of the draft an extension page last put into this thread's reply: the next send answers it. */
  let inserted: { threadId: string; applicationId: string; checkInKey: string | null } | null = null;
  /**
   * The last answer this tab was given for each thread it showed, under the request it answered. A thread
   * opened again exactly as read then is shown from it at once, while the background (perhaps a worker
   * woken from sleep) answers again; the content script learns nothing it was not already told about the
   * thread it shows, and keeps it only in this page's memory.
   */
  const remembered = new Map<string, { request: string; answer: string; opened: OpenedThread }>();
  const remember = (threadId: string, request: string, opened: OpenedThread) => {
    remembered.delete(threadId);
    remembered.set(threadId, { request, answer: JSON.stringify(opened), opened });
    for (const oldest of remembered.keys()) {
      if (remembered.size <= REMEMBERED_THREADS) break;
      remembered.delete(oldest);
    }
  };

  const emptyProfile = () => settings !== null && !settings.profile.name.trim() && settings.profile.emails.length === 0;
  const show = (view: SidebarView) => {
    lastView = view;
    sidebar.show(view, emptyProfile() ? account : null);
  };
  const showState = (state: ThreadState) => {
    if (!current) return;
    current.state = state;
    if (current.request) remember(current.thread.id, current.request, { analysis: current.analysis, state });
    if (state.dismissed || !state.dossier) show({ kind: 'untracked', analysis: current.analysis, dismissed: state.dismissed });
    else if (settings) show({ kind: 'tracked', analysis: current.analysis, state, settings });
  };

  const showOpened = (opened: OpenedThread) => {
    if (!current) return;
    current.analysis = opened.analysis;
    showState(opened.state);
  };

  const owner = () => account ?? undefined;

  /** The open thread again, as the background now holds it. */
  const showCurrent = async () => {
    if (current) showState(await send('thread/lookup', { host: hostName, hostThreadId: current.thread.id }));
  };

  const actions: SidebarActions = {
    async track() {
      if (!current) return;
      showOpened(await send('thread/track', { thread: current.thread, url: location.href, owner: owner() }));
    },
    async confirmStage(accept) {
      const applicationId = current?.state?.dossier?.application.id;
      if (!applicationId) return;
      await send('application/confirmStage', { applicationId, accept });
      await showCurrent();
    },
    async dismiss() {
      if (!current) return;
      showState(await send('thread/dismiss', { thread: current.thread, url: location.href, owner: owner() }));
    },
    async correct(correction) {
      showState(await send('correction/apply', correction));
    },
    async insert(draft) {
      const result = await mail.insert({ to: draft.to, subject: draft.subject, body: draft.body });
      if (!result.ok) throw new Error(result.reason);
      if (result.via === 'deeplink') {
        window.open(result.url, '_blank', 'noopener');
        return 'No reply box was found, so a new message opened with the draft in it.';
      }
      return 'Inserted into the reply: read it over, then send it from your mail.';
    },
    async lint(draft) {
      const applicationId = current?.state?.dossier?.application.id;
      if (!applicationId) return [];
      return send('draft/lint', { applicationId, draft, recipient: null });
    },
    async markSent(checkIn: CheckIn | null, draft) {
      const applicationId = current?.state?.dossier?.application.id;
      if (!applicationId) return;
      showState(await send('contact/log', { applicationId, kind: checkIn?.channel === 'phone' ? 'phone-call' : 'email', direction: 'sent', checkInKey: checkIn?.key ?? null, to: draft.to }));
    },
    async snooze(checkIn, days) {
      await send('checkIn/snooze', { id: checkIn.id, until: new Date(Date.now() + days * 86_400_000).toISOString() });
      await showCurrent();
    },
    async saveDraft(checkIn, draft) {
      const applicationId = current?.state?.dossier?.application.id;
      // The remembered answer holds the draft as it was: the next opening waits for the background's.
      if (current) remembered.delete(current.thread.id);
      if (applicationId) await send('draft/save', { applicationId, kind: draft.kind, checkInKey: checkIn?.key ?? null, subject: draft.subject, body: draft.body, to: draft.to });
    },
    async saveNotes(interviewId, interviewer, notes) {
      await send('notes/save', { interviewId, interviewer, notes });
      await showCurrent();
    },
    async adoptProfile() {
      if (!account) return;
      settings = await send('profile/adopt', account);
      // The drafts are rendered from the settings: show the same thread again, now signed.
      if (lastView.kind === 'tracked') show({ ...lastView, settings });
      else show(lastView);
    },
    async openOptions() {
      await send('options/open', {});
    },
    async trackManually(fields) {
      const hostThreadId = mail.view().threadId ?? location.href;
      const state = await send('thread/trackManual', { host: hostName, hostThreadId, subject: '', url: location.href, ...fields });
      showManual(hostThreadId, state);
    },
    async setOfferDeadline(deadline) {
      const applicationId = current?.state?.dossier?.application.id;
      if (applicationId) showState(await send('offer/setDeadline', { applicationId, deadline }));
    },
    offerPanelUrl: (applicationId) => `${browser.runtime.getURL('src/ui/offer/index.html')}?application=${encodeURIComponent(applicationId)}`,
    copyDiagnostics: () => navigator.clipboard.writeText(diagnosticsText(hostName, document.documentElement.lang, mail.diagnostics())),
  };

  /** A thread tracked by hand has no mail Afterview could read: the panel shows what the user typed. */
  function showManual(hostThreadId: string, state: ThreadState): void {
    current = { thread: { host: hostName, id: hostThreadId, subject: '', messages: [] }, analysis: manualAnalysis(state), state: null };
    showState(state);
  }

  async function showUnreadable(reason: string): Promise<void> {
    const hostThreadId = mail.view().threadId ?? location.href;
    const next = `unreadable:${hostThreadId}`;
    if (next === signature) return;
    signature = next;
    settings ??= await send('settings/get', {});
    const state = await send('thread/lookup', { host: hostName, hostThreadId });
    if (state.dossier && !state.dismissed) showManual(hostThreadId, state);
    else show({ kind: 'unreadable', reason, missing: missingParts(mail.diagnostics()) });
  }

  const sidebar = mountSidebar(actions);

  // The popup's and the offer panel's Insert: only from Afterview's own pages, and only a well-formed draft.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    try {
      readyRequestShape(message);
      const reply: ReadyReply = { ready: current !== null && current.state !== null };
      return Promise.resolve(reply);
    } catch {
      // Not a readiness question: perhaps an insert.
    }
    let request: InsertRequest;
    try {
      request = insertRequestShape(message);
    } catch {
      return undefined;
    }
    return actions.insert({ kind: 'check-in', to: request.to, subject: request.subject, body: request.body }).then(
      (said): InsertReply => {
        const applicationId = current?.state?.dossier?.application.id;
        // Only for the thread this tab shows, and only its own application's check-in.
        inserted = current && applicationId && request.applicationId === applicationId ? { threadId: current.thread.id, applicationId, checkInKey: request.checkInKey ?? null } : null;
        return { ok: true, message: said };
      },
      (error: unknown): InsertReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  });

  let listSignature = '';
  /** Tells the background which tracked threads show a newer, unread message in the list. */
  function reportList(): void {
    const rows = mail.listRows().filter((r) => r.unread).slice(0, 500);
    const next = rows.map((r) => `${r.threadId}:${r.subject}`).join('|');
    if (next === listSignature) return;
    listSignature = next;
    if (rows.length > 0) void send('threads/seen', { host: hostName, rows: rows.map(({ threadId, subject, senders, unread }) => ({ threadId, subject: subject.slice(0, 300), senders: senders.slice(0, 20), unread })) }).catch(() => undefined);
  }

  async function refresh(): Promise<void> {
    const view = mail.view();
    if (view.kind === 'list') reportList();
    if (view.kind !== 'thread') {
      if (signature !== '') show({ kind: 'idle' });
      signature = '';
      current = null;
      return;
    }
    account = mail.account();
    const read = mail.readThread();
    if (!read.ok) return showUnreadable(read.reason);
    const next = `${read.thread.id}:${read.thread.messages.length}`;
    if (next === signature) return;
    signature = next;
    settings ??= await send('settings/get', {});
    // Outlook names no address for the mailbox; the account the page shows does.
    const thread = read.thread.userEmail || !account?.email ? read.thread : { ...read.thread, userEmail: account.email };
    const payload = { thread, url: location.href, owner: owner() };
    const request = JSON.stringify(payload);
    const answering = send('thread/open', payload);
    mark('cs:asked');
    const known = remembered.get(thread.id);
    if (known?.request === request) {
      current = { thread, analysis: known.opened.analysis, state: null, request };
      showState(known.opened.state);
      mark('cs:remembered');
    }
    const opened = await answering;
    mark('cs:answered');
    // The user has moved on to another view meanwhile: that view's own refresh owns the sidebar.
    if (signature !== next) return remember(thread.id, request, opened);
    // The same answer as the one shown: the sidebar keeps what it shows (and any edit begun in it).
    if (known?.request === request && current?.request === request && known.answer === JSON.stringify(opened)) return void mark('cs:shown');
    current = { thread, analysis: opened.analysis, state: null, request };
    showState(opened.state);
    mark('cs:shown');
  }

  show({ kind: 'idle' });
  mail.onSend(() => {
    const next = current?.state?.checkIns.find((c) => c.status === 'pending' && c.channel === 'email');
    const applicationId = current?.state?.dossier?.application.id;
    const served = inserted && current && inserted.threadId === current.thread.id && inserted.applicationId === applicationId ? inserted.checkInKey : undefined;
    inserted = null;
    if (applicationId) void send('contact/log', { applicationId, kind: 'email', direction: 'sent', checkInKey: served !== undefined ? served : (next?.key ?? null), to: [] }).then(showState);
  });
  watchNavigation(mail.readingPane, () => {
    refresh().catch((error: unknown) => show({ kind: 'unreadable', reason: `Afterview could not read this thread: ${error instanceof Error ? error.message : String(error)}`, missing: [] }));
  });
}
