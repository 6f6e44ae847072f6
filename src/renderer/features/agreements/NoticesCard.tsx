import { Button, Card, CardContent, CardHeader, Chip, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { AgreementDetail, ChangeNotice } from '../../../shared/agreements/contract';
import { useLabels, useT } from '../../i18n';
import { RecordTable } from '../../components/RecordTable';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { ApprovalDialog, ObjectionDialog, ResolveDialog } from './ObjectionDialogs';
import { NoticeDialog } from './SubprocessorDialogs';
import { CardAddButton, titleProps } from './panelParts';

const noticeStateColor: Record<ChangeNotice['state'], 'warning' | 'success' | 'error' | 'default'> = {
  'window-open': 'warning',
  accepted: 'success',
  objected: 'error',
  resolved: 'default',
};

export function NoticesCard({
  detail,
  today,
  editable,
}: {
  detail: AgreementDetail;
  today: string;
  editable: boolean;
}) {
  const t = useT('agreementPanels');
  const noticeChangeLabels = useLabels('noticeChange');
  const objectionResolutionLabels = useLabels('objectionResolution');
  const noticeStateLabels = useLabels('noticeState');
  const [adding, setAdding] = useState(false);
  const [objecting, setObjecting] = useState<ChangeNotice | null>(null);
  const [resolving, setResolving] = useState<ChangeNotice | null>(null);
  const [approving, setApproving] = useState<ChangeNotice | null>(null);
  return (
    <Card>
      <CardHeader
        title={t('noticesTitle')}
        subheader={t('noticesSubheader')}
        slotProps={titleProps}
        action={editable && <CardAddButton label={t('recordChangeNotice')} onClick={() => setAdding(true)} />}
      />
      <CardContent sx={{ pt: 0 }}>
        <RecordTable
          label={t('noticesTable')}
          headings={[t('colSent'), t('colChange'), t('colObjectionsUntil'), t('colObjection'), t('colState')]}
          editable={editable}
          rows={detail.notices}
          empty={<EmptyState title={t('noNotices')} />}
        >
          {(entry) => (
            <TableRow key={entry.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(entry.sentOn)}</TableCell>
              <TableCell>
                <Typography variant="body2">
                  {noticeChangeLabels[entry.change]}
                  {entry.organisation ? `: ${entry.organisation.name}` : ''}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {entry.description}
                  {entry.sentTo ? t('sentTo', { to: entry.sentTo }) : ''}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(entry.objectionDeadline)}</TableCell>
              <TableCell>
                {entry.objection ? (
                  <>
                    <Typography variant="body2">
                      {formatDate(entry.objection.receivedOn)}
                      {entry.objection.late ? t('afterDeadline') : ''}: {entry.objection.reason}
                    </Typography>
                    {entry.resolution && (
                      <Typography variant="caption" color="text.secondary">
                        {objectionResolutionLabels[entry.resolution.outcome]},{' '}
                        {formatDate(entry.resolution.resolvedOn)}
                        {entry.resolution.note ? `: ${entry.resolution.note}` : ''}
                      </Typography>
                    )}
                  </>
                ) : entry.approval ? (
                  <Typography variant="body2">
                    {t('approvedInWriting', { date: formatDate(entry.approval.approvedOn) })}
                    {entry.approval.note ? `: ${entry.approval.note}` : ''}
                  </Typography>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={noticeStateColor[entry.state]}
                  label={entry.approval ? t('approved') : noticeStateLabels[entry.state]}
                />
              </TableCell>
              {editable && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {!entry.objection && !entry.approval && entry.state === 'window-open' && (
                    <Button size="small" onClick={() => setApproving(entry)}>
                      {t('recordApproval')}
                    </Button>
                  )}
                  {!entry.objection && !entry.approval && (
                    <Button size="small" onClick={() => setObjecting(entry)}>
                      {t('recordObjection')}
                    </Button>
                  )}
                  {entry.state === 'objected' && (
                    <Button size="small" onClick={() => setResolving(entry)}>
                      {t('resolve')}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          )}
        </RecordTable>
      </CardContent>
      {adding && <NoticeDialog detail={detail} today={today} onClose={() => setAdding(false)} />}
      {objecting && (
        <ObjectionDialog
          detail={detail}
          target={objecting}
          today={today}
          onClose={() => setObjecting(null)}
        />
      )}
      {resolving && (
        <ResolveDialog detail={detail} target={resolving} today={today} onClose={() => setResolving(null)} />
      )}
      {approving && (
        <ApprovalDialog detail={detail} target={approving} today={today} onClose={() => setApproving(null)} />
      )}
    </Card>
  );
}
