// How a labelled field of the blind corpus is compared with ThreadAnalysis: only labelled fields count.
import type { ThreadAnalysis } from '../../src/core/model';
import type { BlindExpect } from './blind-corpus';
import type { Field } from './analyze-fields';

const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
const sameSet = (a: string[], b: string[]) => JSON.stringify(a.map((n) => n.toLowerCase()).sort()) === JSON.stringify(b.map((n) => n.toLowerCase()).sort());

// Legal forms a writer may keep or drop after a company's name ("Rheinland Privatbank AG"); the words, lower case,
// without their dots.
const LEGAL_FORMS = new Set(['ag', 'gmbh', 'inc', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'pvt', 'private', 'pty', 'co', 'corp', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ev', 'ab', 'oy', 'kg', 'gbr']);

/** A company's name without the legal forms that end it, lower case. */
export function companyCore(name: string): string {
  const words = name.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** The company, with or without a legal form the writer kept or dropped; undefined when unlabelled. */
export const companyMatchesAsideLegalForm = (analysis: ThreadAnalysis, expect: BlindExpect): boolean | undefined =>
  expect.company === undefined ? undefined : analysis.company !== null && companyCore(analysis.company) === companyCore(expect.company);

/** true or false for a labelled field, undefined when the writer left it unlabelled. */
export function blindFieldMatches(field: Field, analysis: ThreadAnalysis, expect: BlindExpect): boolean | undefined {
  switch (field) {
    case 'stage':
      return expect.stage === undefined ? undefined : analysis.stage === expect.stage;
    case 'company':
      return expect.company === undefined ? undefined : same(analysis.company, expect.company);
    case 'role':
      return expect.role === undefined ? undefined : same(analysis.role, expect.role);
    case 'interviewers':
      return expect.interviewers === undefined ? undefined : sameSet(analysis.interviewers, expect.interviewers);
    case 'interviewAt':
      return expect.interviewAt === undefined ? undefined : analysis.interviewAt !== null && Date.parse(analysis.interviewAt) === Date.parse(expect.interviewAt);
    case 'decisionWindow':
      return expect.decisionLatest === undefined ? undefined : analysis.decisionWindow?.latest === expect.decisionLatest;
  }
}
