// Which of a host's named selectors match the page now: for a bug report when a host changes its markup.
// Names and counts only, never an element's text, so the report carries no mail.
import type { NamedSelector } from './dom';

export interface SelectorMatch {
  /** The element the adapter looks for ("sender", "body"…). */
  element: string;
  /** The name of the first selector in the ordered list that matched, or null when none did. */
  matchedBy: string | null;
  count: number;
}

const isNamedList = (list: readonly unknown[]): list is readonly NamedSelector[] => list.every((item) => typeof item === 'object' && item !== null && 'css' in item);

export function selectorReport(root: ParentNode, table: Record<string, readonly unknown[]>): SelectorMatch[] {
  return Object.entries(table)
    .filter((entry): entry is [string, readonly NamedSelector[]] => isNamedList(entry[1]))
    .map(([element, selectors]) => {
      for (const selector of selectors) {
        const count = root.querySelectorAll(selector.css).length;
        if (count > 0) return { element, matchedBy: selector.name, count };
      }
      return { element, matchedBy: null, count: 0 };
    });
}

/** The report as plain text for the clipboard: one line per element, with the host and the page's language. */
export function diagnosticsText(host: string, language: string, matches: SelectorMatch[]): string {
  const lines = matches.map((m) => `${m.element}: ${m.matchedBy ?? 'no match'}${m.matchedBy ? ` (${m.count})` : ''}`);
  return [`Afterview diagnostics: ${host}, page language ${language || 'unknown'}`, ...lines].join('\n');
}
