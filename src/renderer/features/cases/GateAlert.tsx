import { Alert, AlertTitle } from '@mui/material';
import type { CaseDetail } from '../../../shared/cases/contract';

const effectWords = { disclose: 'disclosed', erase: 'erased', change: 'changed', none: 'changed' } as const;

/** Whether data may be disclosed, changed or erased for the person yet, and why. */
export function GateAlert({ detail }: { detail: CaseDetail }) {
  const { gate } = detail.verification;
  if (gate.effects.length === 0 && !detail.verification.override) return null;
  return gate.open ? (
    <Alert severity="success" role="status">
      <AlertTitle>
        Data may be {gate.effects.map((effect) => effectWords[effect]).join(' and ')} for this person
      </AlertTitle>
      {gate.explanation}
    </Alert>
  ) : (
    <Alert severity="warning" role="status">
      <AlertTitle>Nothing may be disclosed, changed or erased yet</AlertTitle>
      {gate.explanation}
    </Alert>
  );
}
