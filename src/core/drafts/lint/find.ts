import type { Finding, FindingCode, Severity } from '../types';

/** One finding per match of a pattern, with its span in the body. */
export function findAll(body: string, pattern: RegExp, code: FindingCode, severity: Severity, message: (match: string) => string, limit = 5): Finding[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const out: Finding[] = [];
  for (const m of body.matchAll(new RegExp(pattern.source, flags))) {
    if (out.length >= limit) break;
    const start = m.index ?? 0;
    out.push({ code, severity, message: message(m[0]), span: [start, start + m[0].length] });
  }
  return out;
}
