import type { Finding } from '../../core/drafts';
import { Button } from './Button';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'Must change', warning: 'Check', info: 'Note' };

/** The linter's findings beside a draft, most serious first, each readable by keyboard and screen reader. */
export function Findings({ findings, pending = false, onFix }: { findings: Finding[]; pending?: boolean; onFix?: (finding: Finding) => void }) {
  if (pending) return <p class="av-hint">Checking the draft…</p>;
  if (findings.length === 0) return <p class="av-findings-ok">No classic mistakes found.</p>;
  return (
    <ul class="av-findings" aria-label="Draft check">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} class={`av-finding av-finding--${finding.severity}`} tabIndex={0}>
          <strong>{SEVERITY_LABEL[finding.severity]}:</strong> {finding.message}
          {finding.fix && onFix ? (
            // The fact checks' one-click correction: named by what it writes, so a screen reader says what changes.
            <Button class="av-finding__fix" onClick={() => onFix(finding)} aria-label={`Fix: replace “${finding.fix.original}” with “${finding.fix.replacement}”`}>
              Fix
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
