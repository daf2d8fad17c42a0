// How a field of ThreadAnalysis is compared with the corpus's expectation (shared by the tests and the eval).
import type { ThreadAnalysis } from '../../src/core/model';
import type { CorpusThread } from './analyze-corpus';

export const FIELDS = ['stage', 'company', 'role', 'interviewers', 'interviewAt', 'decisionWindow'] as const;
export type Field = (typeof FIELDS)[number];

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

export function fieldMatches(field: Field, analysis: ThreadAnalysis, expect: CorpusThread['expect']): boolean {
  switch (field) {
    case 'stage':
      return analysis.stage === expect.stage;
    case 'company':
      return same(analysis.company, expect.company);
    case 'role':
      return same(analysis.role, expect.role);
    case 'interviewers': {
      const got = analysis.interviewers.map((n) => n.toLowerCase()).sort();
      const want = (expect.interviewers ?? []).map((n) => n.toLowerCase()).sort();
      return JSON.stringify(got) === JSON.stringify(want);
    }
    case 'interviewAt':
      return analysis.interviewAt === (expect.interviewAt ?? null);
    case 'decisionWindow': {
      const got = analysis.decisionWindow ? [analysis.decisionWindow.earliest, analysis.decisionWindow.latest] : null;
      return JSON.stringify(got) === JSON.stringify(expect.window ?? null);
    }
  }
}
