import { Alert, AlertTitle } from '@mui/material';
import { useLanguage, useSay, useT } from '../../i18n';
import type { CaseDetail } from '../../../shared/cases/contract';
import { formatList } from '../../../shared/i18n/translate';

const effectKeys = {
  disclose: 'effectDisclosed',
  erase: 'effectErased',
  change: 'effectChanged',
  none: 'effectChanged',
} as const;

/** Whether data may be disclosed, changed or erased for the person yet, and why. */
export function GateAlert({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const say = useSay();
  const language = useLanguage();
  const { gate } = detail.verification;
  if (gate.effects.length === 0 && !detail.verification.override) return null;
  return gate.open ? (
    <Alert severity="success" role="status">
      <AlertTitle>
        {t('gateOpen', {
          effects: formatList(
            language,
            gate.effects.map((effect) => t(effectKeys[effect])),
          ),
        })}
      </AlertTitle>
      {say(gate.explanationText)}
    </Alert>
  ) : (
    <Alert severity="warning" role="status">
      <AlertTitle>{t('gateClosed')}</AlertTitle>
      {say(gate.explanationText)}
    </Alert>
  );
}
