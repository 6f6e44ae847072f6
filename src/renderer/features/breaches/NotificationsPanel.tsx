import {
  Alert,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { RecordTable } from '../../components/RecordTable';
import { EmptyState } from '../../components/EmptyState';
import { useLabels, useT } from '../../i18n';
import { ClockChip, useCoreNow, titleProps } from './breachUi';
import { ContentsCheck } from './CheckList';
import { NotifyAuthorityDialog } from './NotifyAuthorityDialog';
import { NotifyCustomerDialog } from './NotifyCustomerDialog';

/** Datatilsynet's notifications in phases (controller) or the customers told (processor). */
export function NotificationsPanel({ detail }: { detail: BreachDetail }) {
  return detail.capacity !== 'processor' ? (
    <AuthorityPanel detail={detail} />
  ) : (
    <CustomersPanel detail={detail} />
  );
}

function AuthorityPanel({ detail }: { detail: BreachDetail }) {
  const [open, setOpen] = useState(false);
  const t = useT('breaches');
  const phaseLabels = useLabels('notificationPhase');
  const risk = detail.assessment?.risk ?? null;
  const final = detail.notifications.some((notification) => notification.phase === 'final');
  const canRecord =
    detail.state !== 'closed' &&
    risk !== null &&
    (risk !== 'none' || detail.notifications.length > 0) &&
    !final;
  return (
    <Card>
      <CardHeader title={t('authorityTitle')} subheader={t('authorityHelp')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            {risk === null && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('riskNotAssessed')}
              </Alert>
            )}
            {risk === 'none' && detail.notifications.length === 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                <AlertTitle>{t('notNotifiedTitle')}</AlertTitle>
                {detail.assessment?.noNotificationReasons}
              </Alert>
            )}
            <RecordTable
              label={t('notificationsLabel')}
              headings={[t('phase'), t('sent'), t('referenceColumn'), t('sentBy'), t('whatNotified')]}
              rows={detail.notifications}
              empty={risk !== 'none' && <EmptyState title={t('noNotificationYet')} />}
            >
              {(notification) => (
                <TableRow key={notification.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{phaseLabels[notification.phase]}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatOslo(notification.sentAt)}
                    {notification.late && (
                      <Typography variant="caption" color="error" component="div">
                        {t('after72')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.reference ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.sentBy}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                    {notification.summary ?? '—'}
                    {notification.delayReasons && (
                      <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
                        {t('delayReasonsLine', { reasons: notification.delayReasons })}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              )}
            </RecordTable>
            {canRecord && (
              <Button
                variant="contained"
                startIcon={<SendOutlinedIcon />}
                onClick={() => setOpen(true)}
                sx={{ mt: 2 }}
              >
                {detail.notifications.length === 0 ? t('recordNotification') : t('recordNextPhase')}
              </Button>
            )}
            {final && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                {t('finalRecorded')}
              </Typography>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="subtitle2" component="h3">
              {t('mustDescribe')}
            </Typography>
            <ContentsCheck detail={detail} />
          </Grid>
        </Grid>
      </CardContent>
      {open && <NotifyAuthorityDialog detail={detail} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function CustomersPanel({ detail }: { detail: BreachDetail }) {
  const now = useCoreNow(detail.now);
  const [telling, setTelling] = useState<number | null>(null);
  const t = useT('breaches');
  const methodLabels = useLabels('customerNoticeMethod');
  return (
    <Card>
      <CardHeader title={t('customersTold')} subheader={t('customersToldHelp')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        <RecordTable
          label={t('customersAffected')}
          headings={[t('customer'), t('agreementAndPeriod'), t('dueColumn'), t('clock'), t('told')]}
          editable
          rows={detail.customers}
        >
          {(customer) => {
            const clock = detail.clocks.find(
              (candidate) => candidate.organisationId === customer.organisationId,
            );
            return (
              <TableRow key={customer.organisationId}>
                <TableCell>{customer.name}</TableCell>
                <TableCell>
                  {customer.agreement ? customer.agreement.reference : t('noAgreement')}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {customer.noticeHours === null
                      ? t('undueDelayTarget')
                      : t('hours', { count: customer.noticeHours })}
                  </Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatOslo(customer.dueAt)}</TableCell>
                <TableCell>{clock && <ClockChip clock={clock} now={now} />}</TableCell>
                <TableCell>
                  {customer.toldAt ? (
                    <>
                      {formatOslo(customer.toldAt)}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {customer.toldHow ? methodLabels[customer.toldHow] : ''} · {customer.toldTo}
                      </Typography>
                      {customer.lateReason && (
                        <Typography variant="caption" color="error" component="div">
                          {t('lateReasonLine', { reason: customer.lateReason })}
                        </Typography>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell align="right">
                  {!customer.toldAt && detail.state !== 'closed' && (
                    <Button size="small" onClick={() => setTelling(customer.organisationId)}>
                      {t('recordTold')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          }}
        </RecordTable>
      </CardContent>
      {telling !== null && (
        <NotifyCustomerDialog detail={detail} organisationId={telling} onClose={() => setTelling(null)} />
      )}
    </Card>
  );
}
