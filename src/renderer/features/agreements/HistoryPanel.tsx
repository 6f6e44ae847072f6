import { useT } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { useAgreementHistoryQuery } from './agreementsApi';
import { HistoryCard } from './panelParts';

/** Every change of the agreement, newest first, from the audit log (who, when, before and after). */
export function HistoryPanel({ id }: { id: number }) {
  const t = useT('agreementPanels');
  const { data } = useAgreementHistoryQuery({ id });
  return <HistoryCard entries={data} empty={<EmptyState title={t('noChangesRecorded')} />} />;
}
