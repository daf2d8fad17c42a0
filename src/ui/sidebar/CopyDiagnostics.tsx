import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';

/** Copies which named parts of the mail page Afterview found, never the mail, for a bug report. */
export function CopyDiagnostics({ copy }: { copy: () => Promise<void> }) {
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const onCopy = () =>
    copy().then(
      () => setStatus({ message: 'Copied: the names of the page parts found, no mail text.', error: false }),
      (error: unknown) => setStatus({ message: `Could not copy: ${error instanceof Error ? error.message : String(error)}`, error: true }),
    );
  return (
    <div class="diagnostics">
      <Button onClick={onCopy}>Copy diagnostics</Button>
      {status ? <StatusLine message={status.message} error={status.error} /> : null}
    </div>
  );
}

/** The normal panel's way to report a page Afterview reads wrong. */
export function ReportProblem({ copy }: { copy: () => Promise<void> }) {
  return (
    <details class="report-problem">
      <summary>Report a problem</summary>
      <p class="report-problem__hint">If Afterview reads this page wrong, copy the diagnostics into your report: they name the parts of the page it looked for, not your mail.</p>
      <CopyDiagnostics copy={copy} />
    </details>
  );
}
