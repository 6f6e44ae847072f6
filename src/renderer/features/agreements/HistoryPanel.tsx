import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { ChangeDiff } from '../../components/ChangeDiff';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime } from '../../lib/format';
import { useAgreementHistoryQuery } from './agreementsApi';

const actionLabels: Record<string, string> = {
  create: 'Registered',
  update: 'Edited',
  checklist: 'Checklist ticked',
  terminate: 'Terminated',
  'confirm-end': 'End of the data confirmed',
  review: 'Reviewed',
  'add-subprocessor': 'Sub-processor added',
  'remove-subprocessor': 'Sub-processor removed',
  'restore-subprocessor': 'Sub-processor restored',
  'change-notice': 'Change notice sent',
  objection: 'Objection received',
  'resolve-objection': 'Objection resolved',
  'add-declared-subprocessor': 'Declared sub-processor added',
  'remove-declared-subprocessor': 'Declared sub-processor removed',
  'restore-declared-subprocessor': 'Declared sub-processor restored',
  'add-transfer': 'Transfer recorded',
  'update-transfer': 'Transfer edited',
  'remove-transfer': 'Transfer removed',
  'restore-transfer': 'Transfer restored',
  attach: 'Document attached',
  'remove-attachment': 'Document removed',
  'restore-attachment': 'Document restored',
  'open-attachment': 'Document opened',
  'download-attachment': 'Document saved',
};

/** Every change of the agreement, newest first, from the audit log (who, when, before and after). */
export function HistoryPanel({ id }: { id: number }) {
  const { data } = useAgreementHistoryQuery({ id });
  const entries = [...(data ?? [])].reverse();
  return (
    <Card>
      <CardHeader
        title="History"
        subheader="From the audit log: every change, by whom and when."
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {data && entries.length === 0 && <EmptyState title="No changes recorded" />}
        {entries.map((entry) => (
          <Box
            key={entry.id}
            component="section"
            aria-label={`${actionLabels[entry.action] ?? entry.action} ${formatDateTime(entry.at)}`}
            sx={{ mb: 2.5 }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
              {actionLabels[entry.action] ?? entry.action} by {entry.username}, {formatDateTime(entry.at)}
            </Typography>
            <ChangeDiff before={entry.before} after={entry.after} />
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}
