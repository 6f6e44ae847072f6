import {
  Alert,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { customerNoticeMethodLabels, notificationPhaseLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { EmptyState } from '../../components/EmptyState';
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
  const risk = detail.assessment?.risk ?? null;
  const final = detail.notifications.some((notification) => notification.phase === 'final');
  const canRecord =
    detail.state !== 'closed' &&
    risk !== null &&
    (risk !== 'none' || detail.notifications.length > 0) &&
    !final;
  return (
    <Card>
      <CardHeader
        title="Notification to Datatilsynet"
        subheader="Within 72 hours of becoming aware, unless the breach is unlikely to result in a risk (Art. 33(1)). What is not yet known may follow in phases (Art. 33(4)); a late notification gives the reasons for the delay."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            {risk === null && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                The risk is not assessed yet: the data protection officer assesses it first.
              </Alert>
            )}
            {risk === 'none' && detail.notifications.length === 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                <AlertTitle>Not notified: unlikely to result in a risk</AlertTitle>
                {detail.assessment?.noNotificationReasons}
              </Alert>
            )}
            {detail.notifications.length === 0 ? (
              risk !== 'none' && <EmptyState title="No notification recorded yet" />
            ) : (
              <Table size="small" aria-label="Notifications to Datatilsynet">
                <TableHead>
                  <TableRow>
                    <TableCell>Phase</TableCell>
                    <TableCell>Sent</TableCell>
                    <TableCell>Reference</TableCell>
                    <TableCell>Sent by</TableCell>
                    <TableCell>What was notified</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {detail.notifications.map((notification) => (
                    <TableRow key={notification.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {notificationPhaseLabels[notification.phase]}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {formatOslo(notification.sentAt)}
                        {notification.late && (
                          <Typography variant="caption" color="error" component="div">
                            After the 72 hours
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.reference ?? '—'}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{notification.sentBy}</TableCell>
                      <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                        {notification.summary ?? '—'}
                        {notification.delayReasons && (
                          <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
                            Reasons for the delay: {notification.delayReasons}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {canRecord && (
              <Button
                variant="contained"
                startIcon={<SendOutlinedIcon />}
                onClick={() => setOpen(true)}
                sx={{ mt: 2 }}
              >
                {detail.notifications.length === 0 ? 'Record the notification' : 'Record the next phase'}
              </Button>
            )}
            {final && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                The final notification is recorded; the notification is complete.
              </Typography>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="subtitle2" component="h3">
              The notification must describe (Art. 33(3))
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
  return (
    <Card>
      <CardHeader
        title="Customers told"
        subheader="As processor we tell each customer (the controller) without undue delay, within the period its processor agreement sets (Art. 33(2)). The customer decides on notifying Datatilsynet and the people affected."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Table size="small" aria-label="Customers affected">
          <TableHead>
            <TableRow>
              <TableCell>Customer</TableCell>
              <TableCell>Agreement and period</TableCell>
              <TableCell>Due</TableCell>
              <TableCell>Clock</TableCell>
              <TableCell>Told</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.customers.map((customer) => {
              const clock = detail.clocks.find(
                (candidate) => candidate.organisationId === customer.organisationId,
              );
              return (
                <TableRow key={customer.organisationId}>
                  <TableCell>{customer.name}</TableCell>
                  <TableCell>
                    {customer.agreement ? customer.agreement.reference : 'No agreement in force'}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {customer.noticeHours === null
                        ? 'Without undue delay (target 24 h)'
                        : `${customer.noticeHours} hours`}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatOslo(customer.dueAt)}</TableCell>
                  <TableCell>{clock && <ClockChip clock={clock} now={now} />}</TableCell>
                  <TableCell>
                    {customer.toldAt ? (
                      <>
                        {formatOslo(customer.toldAt)}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {customer.toldHow ? customerNoticeMethodLabels[customer.toldHow] : ''} ·{' '}
                          {customer.toldTo}
                        </Typography>
                        {customer.lateReason && (
                          <Typography variant="caption" color="error" component="div">
                            Late: {customer.lateReason}
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
                        Record told
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
      {telling !== null && (
        <NotifyCustomerDialog detail={detail} organisationId={telling} onClose={() => setTelling(null)} />
      )}
    </Card>
  );
}
