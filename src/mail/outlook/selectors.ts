// Every Outlook-web selector: ids, data-app-section, data-testid and roles first; hashed classes never
// (they churn every few months). English-only aria labels come last (docs/mail-hosts.md; sources in brackets).
import type { NamedSelector } from '../dom';

const s = (name: string, css: string): NamedSelector => ({ name, css });

export const outlookSelectors = {
  readingPane: [s('ReadingPaneContainerId', '#ReadingPaneContainerId'), s('ConversationReadingPaneContainer', '#ConversationReadingPaneContainer'), s('ConversationContainer', '[data-app-section=ConversationContainer]'), s('reading_pane_label_en', '[role=main][aria-label="Reading Pane"]'), s('reading_pane_label_de', '[role=main][aria-label="Lesebereich"]')], // OWS, MON, ZFO
  selectedConversation: [s('convid_selected', 'div[role=option][data-convid][aria-selected=true]')], // MON, OWS
  subject: [s('CONV_SUBJECT', '[id^=CONV_][id$=_SUBJECT]'), s('first_heading', '#ConversationReadingPaneContainer [role=heading]')], // FS, MON
  sender: [s('MSG_FROM', '[id^=MSG_][id$=_FROM]'), s('from_label_en', '[aria-label^="From:"]')], // MON, OWS
  message: [s('email_message_en', '[aria-label="Email message"]')], // MON, FS
  recipients: [s('to_buttons_en', '[aria-label^="To:"] button'), s('to_buttons_de', '[aria-label^="An:"] button'), s('to_buttons_es', '[aria-label^="Para:"] button')], // OWS, MV
  /** Any heading's button whose title holds an address: the recipients in any language, once the sender's own is left out. */
  addressedButtons: [s('heading_button_with_address', '[role=heading] button[title*="@"]')], // OWS, MV
  date: [s('SentReceivedSavedTime', '[data-testid=SentReceivedSavedTime]'), s('MSG_DATETIME', '[id^=MSG_][id$=_DATETIME]')], // MON, FS
  body: [s('document_body', '[role=document]:not([contenteditable])'), s('UniqueMessageBody', '[id^=UniqueMessageBody]'), s('allowTextSelection', '.allowTextSelection')], // OWS, MON
  quoted: ['#Signature', 'blockquote', 'style', 'script'],
  /** The quoted history follows these markers, as siblings rather than inside them. */
  quotedFrom: ['#appendonsend', '#divRplyFwdMsg'],
  quickReply: [s('quick_actions_reply_en', '[aria-label="Quick actions"] [role=menuitem]'), s('message_actions_en', '[aria-label="Message actions"] [role=menuitem]'), s('toolbar_menuitem', '[role=toolbar] [role=menuitem]')], // OWS, MON, MV
  composeRoot: [s('docking_InitVisiblePart', '[id^=docking_InitVisiblePart_]'), s('Form_Content', '[data-app-section=Form_Content]')], // BR, FS
  composeBody: [s('editorParent', '[id^=editorParent_] > div[contenteditable=true][role=textbox]'), s('multiline_textbox', 'div[contenteditable=true][role=textbox][aria-multiline=true]')], // BR, FS
  composeSubject: [s('subject_input_en', 'input[aria-label=Subject]'), s('subject_placeholder_en', 'input[placeholder="Add a subject"]')], // BR, FS
  sendButton: [s('send_label_en', 'button[aria-label="Send"]'), s('splitButton_primary', '[id^=splitButton-][id$=__primaryActionButton]')], // FS, EVI
  listRow: [s('option_convid', 'div[role=option][data-convid]')], // MON
  /** The suite header's account button, its label holding the user's name: believed from other extensions' code, not confirmed by a public capture. */
  accountButton: [s('O365_MainLink_Me', '#O365_MainLink_Me'), s('mectrl_main_trigger', '#mectrl_main_trigger')], // FS
} as const;
