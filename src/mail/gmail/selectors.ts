// Every Gmail selector, ordered newest and most robust first (docs/mail-hosts.md; sources in brackets).
import type { NamedSelector } from '../dom';

const s = (name: string, css: string): NamedSelector => ({ name, css });

export const gmailSelectors = {
  threadRoot: [s('main_a98_2023_11', '[role=main] .a98.iY'), s('main_table_Bs', '[role=main] table.Bs'), s('main', '[role=main]')], // IS-G, GJ
  subject: [s('h2_hP', 'h2.hP'), s('ha_h2', '.ha h2')], // GJ, IS-T
  threadId: [s('legacy_thread_id', 'h2[data-legacy-thread-id]'), s('perm_thread_id', '[data-thread-perm-id]')], // GJ, IS-T
  message: [s('adn_message_id', 'div.adn[data-message-id]'), s('message_id', '[data-message-id]')], // GJ, MV, IS-M
  collapsedMessage: [s('kv_listitem', '[role=list] > .kv')], // IS-T
  sender: [s('gD_email', 'span.gD[email]'), s('gF_email', 'td.gF span[email]'), s('hovercard', '[data-hovercard-id]')], // GJ, IS-M, MV
  recipients: [s('g2_email', 'span.hb span.g2[email]'), s('hb_email', '.hb span[email]')], // GJ, IS-M
  date: [s('g3_title', '.gK span.g3[title]'), s('g3', 'span.g3[title]')], // IS-M, GJ
  body: [s('a3s_aiL', 'div.ii.gt > div.a3s.aiL'), s('a3s', '.a3s'), s('adP', '.adP')], // MV, IS-M
  quoted: ['.gmail_quote', 'blockquote', '.gmail_signature', 'style', 'script'],
  replyButton: [s('DILLkc_2025_11', 'td.acX .DILLkc'), s('aaq', 'div[role=button].aaq'), s('bsQ', '.bsQ')], // FC, GJ, MV
  bottomReply: [s('amn_bkH', '.amn span.ams.bkH[role=link]')], // MV, IS-T
  composeBody: [s('Am_editable', 'div.Am.Al.editable[contenteditable=true][role=textbox]'), s('g_editable', '.Ap [g_editable=true]'), s('textbox', 'div[contenteditable=true][role=textbox]')], // IS-C, MV
  composeRoot: [s('M9', 'div.M9'), s('I5', '.I5')], // GJ, IS-C
  subjectBox: [s('subjectbox', 'input[name=subjectbox]'), s('subject', 'input[name=subject]')], // GJ, IS-C, BR
  sendButton: [s('IZ_Up', '.IZ .Up div>div[role=button]:not(.Uo):not([aria-haspopup=true])'), s('T-I-atl', 'div.T-I.T-I-atl')], // IS-C, GJ
  listRow: [s('zA', 'tr.zA')], // GJ
  listRowThreadId: [s('thread_id_span', 'span[data-thread-id]'), s('legacy_thread_id', '[data-legacy-thread-id]')], // GJ
  listRowSubject: [s('bog', 'span.bog'), s('y6', '.y6')],
  listRowSender: [s('yW_email', '.yW span[email]'), s('zF', 'span.zF[email]')],
  listRowDate: [s('xW_title', 'td.xW span[title]')],
  /** The account button at the top right: "Google Account: Name (address)", the prefix localised. */
  accountButton: [s('gb_account_label', '#gb a[aria-label*="@"]'), s('banner_account_label', 'header a[aria-label*="@"]')], // FS
} as const;
