// The demo mailboxes as pages: a Gmail and an Outlook on the web built from demo/mailbox.ts, in the markup
// Afterview's adapters read (the same shapes as tests/fixtures/gmail/threads.html and
// tests/fixtures/outlook/conversation.html). Each page's small script stands in for the host's router.
import type { DemoMailbox, DemoMessage, DemoThread, Person } from './mailbox';
import { gmailShort, gmailStamp, outlookStamp } from './calendar';

export const GMAIL_ORIGIN = 'https://mail.google.com';
export const OUTLOOK_ORIGIN = 'https://outlook.live.com';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const bodyHtml = (message: DemoMessage): string => message.paragraphs.map((p) => escape(p).replaceAll('\n', '<br>')).join('<br><br>');

/** Gmail's view id for a thread, as in #inbox/<id>: letters and digits, 16 or more. */
const gmailViewId = (thread: DemoThread) => `FMfcgzDemo${thread.slug}Thread`;
const gmailLegacyId = (thread: DemoThread, index: number) => `19a4d3c2b1e0f${String(index).padStart(3, '0')}`;
const outlookConversationId = (thread: DemoThread) => `AAQkADemo${thread.slug}AAA=`;

/** The demo mailboxes' inboxes, where the headed demo starts. */
export const INBOX_URLS = [`${GMAIL_ORIGIN}/mail/u/0/#inbox`, `${OUTLOOK_ORIGIN}/mail/0/`];

/** Where a demo thread opens, at its host's real address. */
export function threadUrl(thread: DemoThread): string {
  return thread.host === 'gmail'
    ? `${GMAIL_ORIGIN}/mail/u/0/#inbox/${gmailViewId(thread)}`
    : `${OUTLOOK_ORIGIN}/mail/0/id/${encodeURIComponent(outlookConversationId(thread))}`;
}

const lastOf = (thread: DemoThread): DemoMessage => {
  const last = thread.messages.at(-1);
  if (!last) throw new Error(`Demo thread "${thread.slug}" has no message.`);
  return last;
};

const newestFirst = (threads: DemoThread[]) => [...threads].sort((a, b) => lastOf(b).at.getTime() - lastOf(a).at.getTime());

function gmailMessage(message: DemoMessage, id: string): string {
  const person = (p: Person, cls: string, label = p.name) => `<span class="${cls}" email="${escape(p.email)}" name="${escape(p.name)}" data-hovercard-id="${escape(p.email)}">${escape(label)}</span>`;
  return `<div role="listitem" class="h7"><div class="adn ads" data-message-id="#msg-f:${id}" data-legacy-message-id="${id}">
   <div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody>
    <tr class="acZ"><td class="gF gK"><h3 class="iw">${person(message.from, 'gD')}</h3></td>
     <td class="gH"><div class="gK"><span class="g3" title="${gmailStamp(message.at)}">${gmailShort(message.at)}</span></div></td>
     <td class="gH acX bAm"><div role="button" class="T-I J-J5-Ji aaq L3 DILLkc" aria-label="Reply"></div></td></tr>
    <tr class="acZ"><td colspan="3"><span class="hb">to ${person(message.to, 'g2', 'me')}</span></td></tr>
   </tbody></table></div>
   <div class="ii gt"><div class="a3s aiL">${bodyHtml(message)}</div></div></div></div></div>`;
}

function gmailThreadView(thread: DemoThread, index: number): string {
  const legacy = gmailLegacyId(thread, index);
  const reply = lastOf(thread).from;
  return `<div class="nH a98 iY" data-view="${gmailViewId(thread)}" style="display:none"><div class="nH">
  <div class="ha"><h2 class="hP" tabindex="-1" data-thread-perm-id="thread-f:${legacy}" data-legacy-thread-id="${legacy}">${escape(thread.subject)}</h2></div>
  <div role="list">${thread.messages.map((m, i) => gmailMessage(m, `${legacy}${i}`)).join('\n')}
   <div class="gA gt"><div class="ip"><div class="M9" style="display:none">
    <form><input name="subjectbox" aria-label="Subject" style="display:none" value="Re: ${escape(thread.subject)}"></form>
    <table><tbody><tr><td class="I5"><div name="to"><div role="option" data-hovercard-id="${escape(reply.email)}" data-name="${escape(reply.name)}">${escape(reply.name)}</div><input></div></td></tr>
     <tr><td class="Ap"><div class="Ar Au"><div class="aO7"><div class="Am aiL Al editable LW-avf" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1"><br></div></div></div></td></tr></tbody></table>
    <div class="IZ"><div class="Up"><div><div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3" tabindex="0">Send</div><div role="button" aria-haspopup="true" class="T-I J-J5-Ji hG T-I-atl L3"></div></div></div></div>
   </div></div>
   <div class="amn"><span class="ams bkH" role="link" tabindex="0">Reply</span><span class="ams bkI" role="link">Reply all</span><span class="ams bkG" role="link">Forward</span></div></div>
  </div></div></div>`;
}

function gmailRow(thread: DemoThread, index: number): string {
  const last = lastOf(thread);
  const legacy = gmailLegacyId(thread, index);
  return `<tr class="zA" onclick="location.hash='#inbox/${gmailViewId(thread)}'"><td class="yX xY"><div class="yW"><span class="zF" email="${escape(last.from.email)}" name="${escape(last.from.name)}">${escape(last.from.name)}</span></div></td>
   <td><span class="bog"><span data-thread-id="#thread-f:${legacy}" data-legacy-thread-id="${legacy}">${escape(thread.subject)}</span></span></td>
   <td class="xW xY"><span title="${gmailStamp(last.at)}">${gmailShort(last.at)}</span></td></tr>`;
}

const GMAIL_SCRIPT = `
  // The demo's stand-in for Gmail's router and reply box (page code, not Afterview's).
  function route() {
    var id = location.hash.split('/')[1] || 'inbox';
    document.querySelectorAll('[data-view]').forEach(function (view) { view.style.display = view.getAttribute('data-view') === id ? '' : 'none'; });
  }
  window.addEventListener('hashchange', route);
  route();
  document.addEventListener('click', function (event) {
    if (event.target.closest('.bkH, .DILLkc')) document.querySelectorAll('[data-view]:not([style*="none"]) .M9').forEach(function (c) { c.style.display = ''; });
    var send = event.target.closest('.T-I-atl:not([aria-haspopup])');
    if (send) {
      var box = send.closest('.M9').querySelector('[contenteditable]');
      box.textContent = '';
      send.closest('.M9').style.display = 'none';
    }
  });`;

export function gmailPage(mailbox: DemoMailbox): string {
  const threads = newestFirst(mailbox.threads.filter((t) => t.host === 'gmail'));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Inbox - ${escape(mailbox.gmailUser.email)} - Gmail</title>
<style>body{font-family:Arial,sans-serif;margin:0}.nH.aeF>.nH{padding:16px 24px}table[role=grid]{border-collapse:collapse;width:100%}tr.zA{cursor:pointer}tr.zA td{padding:8px;border-bottom:1px solid #eee}.hP{font-size:20px;font-weight:400}.adn{border-bottom:1px solid #ddd;padding:12px 0}.gD{font-weight:bold}.g3{color:#666;margin-left:8px}.hb{color:#666}.a3s{margin-top:8px;line-height:1.5}.M9{border:1px solid #ccc;border-radius:8px;margin-top:16px;padding:8px}.Am{min-height:120px;outline:none}.T-I-atl{display:inline-block;background:#0b57d0;color:#fff;border-radius:16px;padding:6px 16px;cursor:pointer}.amn span{margin-right:12px;color:#0b57d0;cursor:pointer}</style>
</head>
<body>
<div class="nH" role="main"><div class="nH aeF">
 <div class="nH" data-view="inbox"><h2>Inbox (Afterview demo)</h2><table role="grid" aria-label="Messages"><tbody>
 ${threads.map(gmailRow).join('\n')}
 </tbody></table></div>
 ${threads.map(gmailThreadView).join('\n')}
</div></div>
<script>${GMAIL_SCRIPT}</script>
</body>
</html>`;
}

function outlookMessage(message: DemoMessage, id: string): string {
  return `<div aria-label="Email message">
   <span role="heading" aria-level="3" aria-label="From: ${escape(message.from.name)}"><button type="button">${escape(message.from.name)} &lt;${escape(message.from.email)}&gt;</button></span>
   <div role="heading" aria-level="3" aria-label="To: ${escape(message.to.name)}"><button type="button" title="${escape(message.to.name)} &lt;${escape(message.to.email)}&gt;">${escape(message.to.name)}</button></div>
   <div data-testid="SentReceivedSavedTime" role="heading" aria-level="3" title="${outlookStamp(message.at)}">${outlookStamp(message.at)}</div>
   <div role="document" aria-label="Message body" id="UniqueMessageBody_${id}" class="allowTextSelection">${bodyHtml(message)}</div>
   <div role="toolbar" aria-label="Quick actions"><button role="menuitem">Reply</button><button role="menuitem">Reply all</button><button role="menuitem">Forward</button></div>
  </div>`;
}

function outlookConversation(thread: DemoThread, index: number): string {
  return `<template id="conv-${outlookConversationId(thread)}">
 <div data-app-section="MailReadCompose"><div id="ConversationReadingPaneContainer" data-app-section="ConversationContainer">
  <div role="heading" aria-level="2"><span title="${escape(thread.subject)}">${escape(thread.subject)}</span></div>
  ${thread.messages.map((m, i) => outlookMessage(m, `${index}${i}`)).join('\n')}
  <div id="compose-slot"></div>
 </div></div>
</template>`;
}

function outlookRow(thread: DemoThread): string {
  const last = lastOf(thread);
  return `<div role="option" data-convid="${outlookConversationId(thread)}" aria-selected="false" aria-label="${escape(last.from.name)} ${escape(thread.subject)}"><b>${escape(last.from.name)}</b><br>${escape(thread.subject)}</div>`;
}

const OUTLOOK_SCRIPT = `
  // The demo's stand-in for Outlook's message list, reading pane and reply editor (page code, not Afterview's).
  var readingPane = document.getElementById('ReadingPaneContainerId');
  function show(convid) {
    var conversation = convid && document.getElementById('conv-' + convid);
    document.querySelectorAll('[role=option]').forEach(function (r) { r.setAttribute('aria-selected', String(r.getAttribute('data-convid') === convid)); });
    readingPane.replaceChildren(conversation ? conversation.content.cloneNode(true) : document.createTextNode('Select an item to read'));
  }
  var opened = /\\/id\\/([^/?#]+)/.exec(location.pathname);
  show(opened ? decodeURIComponent(opened[1]) : null);
  document.addEventListener('click', function (event) {
    var row = event.target.closest('[role=option][data-convid]');
    if (row) {
      show(row.getAttribute('data-convid'));
      history.pushState(null, '', '/mail/0/id/' + encodeURIComponent(row.getAttribute('data-convid')));
      return;
    }
    var item = event.target.closest('[role=menuitem]');
    if (item && item.textContent === 'Reply' && !document.getElementById('docking_InitVisiblePart_0')) {
      var pane = document.createElement('div');
      pane.id = 'docking_InitVisiblePart_0';
      var parent = document.createElement('div'); parent.id = 'editorParent_1';
      var editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true'); editor.setAttribute('role', 'textbox'); editor.setAttribute('aria-multiline', 'true'); editor.setAttribute('aria-label', 'Message body');
      editor.append(document.createElement('br'));
      parent.append(editor);
      var send = document.createElement('button'); send.type = 'button'; send.setAttribute('aria-label', 'Send'); send.textContent = 'Send';
      pane.append(parent, send);
      document.getElementById('compose-slot').append(pane);
    }
    if (event.target.closest('button[aria-label="Send"]')) document.getElementById('docking_InitVisiblePart_0').remove();
  });`;

export function outlookPage(mailbox: DemoMailbox): string {
  const threads = newestFirst(mailbox.threads.filter((t) => t.host === 'outlook'));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mail - ${escape(mailbox.outlookUser.name)} - Outlook</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;margin:0;display:flex}#list{width:320px;border-right:1px solid #ddd}[role=option]{padding:8px;border-bottom:1px solid #eee;cursor:pointer}[role=option][aria-selected=true]{background:#e8f0fe}[role=main]{flex:1;padding:16px 24px}[aria-label="Email message"]{border-bottom:1px solid #ddd;padding:12px 0}[role=document]{margin-top:8px;line-height:1.5}#docking_InitVisiblePart_0{border:1px solid #ccc;border-radius:6px;margin-top:16px;padding:8px}[contenteditable][role=textbox]{min-height:100px;outline:none}</style>
</head>
<body>
<div id="list" role="listbox" aria-label="Message list">
${threads.map(outlookRow).join('\n')}
</div>
<div role="main" aria-label="Reading Pane"><div id="ReadingPaneContainerId"></div></div>
${threads.map(outlookConversation).join('\n')}
<script>${OUTLOOK_SCRIPT}</script>
</body>
</html>`;
}
