// Small DOM helpers the adapters share.

/** A selector with a name that says when it was seen, so a host's DOM change is a new line, not an edit. */
export interface NamedSelector {
  name: string;
  css: string;
}

export function isVisible(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden) return false;
  for (let node: HTMLElement | null = html; node; node = node.parentElement) {
    if (node.style?.display === 'none' || node.hidden) return false;
  }
  return true;
}

/** The first element any selector of the ordered list finds (visible ones first), and which selector did. */
export function first(root: ParentNode, selectors: readonly NamedSelector[]): { element: Element; by: string } | null {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector.css)];
    const element = found.find(isVisible) ?? null;
    if (element) return { element, by: selector.name };
  }
  return null;
}

export function all(root: ParentNode, selectors: readonly NamedSelector[]): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector.css)];
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The text a person reads in an element, without quoted replies or hidden parts: `drop` removes what
 * matches, `cutFrom` a marker and everything after it (Outlook quotes the history after a marker, unwrapped).
 */
export function readableText(element: Element, drop: readonly string[], cutFrom: readonly string[] = []): string {
  const copy = element.cloneNode(true) as Element;
  for (const marker of cutFrom.flatMap((selector) => [...copy.querySelectorAll(selector)])) {
    while (marker.nextSibling) marker.nextSibling.remove();
    marker.remove();
  }
  for (const selector of drop) copy.querySelectorAll(selector).forEach((node) => node.remove());
  copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  copy.querySelectorAll('div, p, li, tr').forEach((block) => block.append('\n'));
  return (copy.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Types text into a contenteditable so the host's editor registers it (its Send then sends it). */
export function typeInto(editor: HTMLElement, text: string): boolean {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (selection) {
    const range = editor.ownerDocument.createRange();
    range.selectNodeContents(editor);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const lines = text.split('\n');
  let typed = true;
  lines.forEach((line, i) => {
    if (i > 0) typed = editor.ownerDocument.execCommand('insertParagraph') && typed;
    if (line) typed = editor.ownerDocument.execCommand('insertText', false, line) && typed;
  });
  if (!typed || !(editor.textContent ?? '').includes(lines.find(Boolean) ?? '')) {
    // execCommand refused (some editors do): build the text as nodes instead; never HTML strings.
    const fragment = editor.ownerDocument.createDocumentFragment();
    lines.forEach((line) => {
      const block = editor.ownerDocument.createElement('div');
      if (line) block.textContent = line;
      else block.append(editor.ownerDocument.createElement('br'));
      fragment.append(block);
    });
    editor.prepend(fragment);
  }
  const view = editor.ownerDocument.defaultView ?? window;
  editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  return true;
}

/** Gmail's buttons want the whole press, not only a click. */
export function press(element: Element): void {
  const view = element.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) element.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

export function parsePerson(text: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text);
  if (match) return { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() };
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? '';
  return { name: text.replace(email, '').replace(/[<>()]/g, '').trim(), email };
}
