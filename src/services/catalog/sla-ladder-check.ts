import { ladderRefusal, type SlaStep } from '../../domain/sla/sla-ladder.js';
import { Refused } from '../../domain/refusal.js';

/** Refuses a policy's ladder that cannot be walked as written (stable codes: sla_…). */
export function checkLadder(ladder: readonly SlaStep[], cancelAfterDays: number | null): void {
  const refused = ladderRefusal(ladder, cancelAfterDays);
  if (refused) throw new Refused(refused);
}
