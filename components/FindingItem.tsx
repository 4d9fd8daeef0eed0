import { useId, useState } from 'preact/hooks';
import type { Finding } from '@/lib/framing';
import { EvidenceList, type EvidenceSource } from './EvidenceList';

/** A finding in plain words; opening it shows the sentences that support it. */
export function FindingItem({ finding, source, testId = 'finding' }: { finding: Finding; source: EvidenceSource; testId?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="finding" data-testid={testId} data-kind={finding.kind}>
      <button
        type="button"
        class="finding__summary"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {finding.summary}
      </button>
      {open && <EvidenceList finding={finding} source={source} id={id} />}
    </div>
  );
}
