import { Card, CardContent, CardHeader } from '@mui/material';
import { AuditEntries } from '../../components/AuditEntries';
import { EmptyState } from '../../components/EmptyState';
import { useAgreementHistoryQuery } from './agreementsApi';

/** Every change of the agreement, newest first, from the audit log (who, when, before and after). */
export function HistoryPanel({ id }: { id: number }) {
  const { data } = useAgreementHistoryQuery({ id });
  return (
    <Card>
      <CardHeader
        title="History"
        subheader="From the audit log: every change, by whom and when."
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {data && data.length === 0 && <EmptyState title="No changes recorded" />}
        <AuditEntries entries={data ?? []} />
      </CardContent>
    </Card>
  );
}
