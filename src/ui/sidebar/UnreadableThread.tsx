import { CopyDiagnostics } from './CopyDiagnostics';
import { ManualTrackForm } from './ManualTrackForm';
import type { ManualFields } from './types';

interface Props {
  reason: string;
  /** The parts of the page Afterview looked for and did not find, in words. */
  missing: string[];
  track: (fields: ManualFields) => Promise<void>;
  copyDiagnostics: () => Promise<void>;
}

/** A thread the mail page no longer lets Afterview read: what failed, a manual way on, and a report for the fix. */
export function UnreadableThread({ reason, missing, track, copyDiagnostics }: Props) {
  return (
    <div class="unreadable">
      <p class="av-empty" role="alert">
        {reason}
      </p>
      {missing.length > 0 ? <p class="unreadable__missing">Not found on this page: {missing.join(', ')}.</p> : null}
      <ManualTrackForm track={track} />
      <CopyDiagnostics copy={copyDiagnostics} />
    </div>
  );
}
