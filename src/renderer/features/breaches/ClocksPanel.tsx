import { Alert, Box, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useState } from 'react';
import { clockStateText, liveClock } from '../../../shared/breaches/clock-text';
import type { BreachClock, BreachDetail } from '../../../shared/breaches/contract';
import { customerNoticeMethodLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { AwarenessDialog } from './AwarenessDialog';
import { clockColor, clockIcon, useCoreNow } from './breachUi';
import { NotifyAuthorityDialog } from './NotifyAuthorityDialog';
import { NotifyCustomerDialog } from './NotifyCustomerDialog';

const borderColors = {
  running: 'warning.main',
  overdue: 'error.main',
  met: 'success.main',
  late: 'error.light',
  'not-required': 'grey.400',
} as const;

function ClockBox({
  clock,
  detail,
  now,
  onRecord,
}: {
  clock: BreachClock;
  detail: BreachDetail;
  now: Date;
  onRecord?: () => void;
}) {
  const live = liveClock(clock, now);
  const running = live.status === 'running' || live.status === 'overdue';
  const customer = detail.customers.find((candidate) => candidate.organisationId === clock.organisationId);
  const done =
    clock.party === 'authority'
      ? clock.doneAt && `Notified ${formatOslo(clock.doneAt)}`
      : clock.party === 'subjects'
        ? clock.doneAt && `The people were told ${formatOslo(clock.doneAt)}`
        : customer?.toldAt &&
          `Told ${formatOslo(customer.toldAt)}${customer.toldHow ? ` by ${customerNoticeMethodLabels[customer.toldHow].toLowerCase()}` : ''}${customer.toldTo ? ` to ${customer.toldTo}` : ''}`;
  return (
    <Box
      component="section"
      aria-label={`Clock: ${clock.label}`}
      data-testid={`clock-${clock.key}`}
      sx={{
        borderLeft: 6,
        borderColor: borderColors[live.status],
        bgcolor: live.status === 'overdue' ? 'rgba(179, 38, 30, 0.05)' : 'background.paper',
        pl: 2,
        py: 1,
        pr: 1,
        height: '100%',
      }}
    >
      <Typography variant="overline" color="text.secondary" component="h3">
        {clock.party === 'authority'
          ? 'Datatilsynet (Art. 33(1))'
          : clock.party === 'subjects'
            ? 'The people affected (Art. 34)'
            : `${clock.label} (our customer, the controller)`}
      </Typography>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        sx={{
          color: `${clockColor(live.status) === 'default' ? 'text.secondary' : `${clockColor(live.status)}.main`}`,
        }}
      >
        {clockIcon(live.status)}
        <Typography
          variant="h5"
          component="p"
          color="text.primary"
          data-testid="clock-state"
          sx={{ fontWeight: 600 }}
        >
          {clockStateText(live, now)}
        </Typography>
      </Stack>
      {running && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {clock.undueDelay ? 'Target: ' : 'Due '}
          <strong>{formatOslo(clock.dueAt)}</strong>
          {clock.undueDelay ? ' (without undue delay)' : ''}
        </Typography>
      )}
      {done && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {done}
          {live.status === 'late' ? ` — due ${formatOslo(clock.dueAt)}` : ''}
        </Typography>
      )}
      {clock.note && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {clock.note}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 0.5, fontFamily: 'monospace' }} data-testid="clock-explanation">
        {clock.explanation}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {clock.basis}
      </Typography>
      {customer?.noticeHoursFlag && (
        <Typography variant="caption" color="warning.main" component="p" sx={{ fontWeight: 600 }}>
          The agreement promises {customer.noticeHours} hours: more than 48 leaves the customer too little of
          its own 72.
        </Typography>
      )}
      {running && onRecord && (
        <Button
          size="small"
          variant="outlined"
          startIcon={<SendOutlinedIcon />}
          onClick={onRecord}
          sx={{ mt: 1 }}
        >
          {clock.party === 'authority'
            ? 'Record the notification'
            : clock.party === 'subjects'
              ? 'Record what the people were told'
              : 'Record that the customer was told'}
        </Button>
      )}
    </Box>
  );
}

/** Every clock of the breach, counting down live, with why each due time is what it is. */
export function ClocksPanel({ detail }: { detail: BreachDetail }) {
  const now = useCoreNow(detail.now);
  const [notifying, setNotifying] = useState(false);
  const [telling, setTelling] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const open = detail.state !== 'closed';
  const anyoneTold =
    detail.notifications.length > 0 || detail.customers.some((customer) => customer.toldAt !== null);
  const canNotify = open && detail.assessment !== null && detail.assessment.risk !== 'none';
  return (
    <Card component="section" aria-label="Clocks">
      <CardContent>
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="overline" color="text.secondary">
              We became aware
            </Typography>
            <Typography variant="h5" component="p" data-testid="aware-at" sx={{ fontWeight: 600 }}>
              {formatOslo(detail.awareAt)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Every clock runs from this moment, in real hours: when anyone in the company (an agent on a call
              included) had reasonable certainty that personal data was compromised, not when the DPO assessed
              it.
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Times are Oslo time; across a change to or from summer time the wall clock shifts an hour.
            </Typography>
            {open && !anyoneTold && (
              <Button
                startIcon={<EditCalendarOutlinedIcon />}
                onClick={() => setCorrecting(true)}
                sx={{ mt: 1, ml: -1 }}
              >
                Correct the time
              </Button>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            {detail.state === 'reported' && (
              <Alert severity="warning" sx={{ mb: 1.5 }}>
                Awaiting the data protection officer’s assessment. The clock already runs: assess the risk,
                then notify or record why not.
              </Alert>
            )}
            {detail.capacity === 'processor' && (
              <Alert severity="info" icon={false} sx={{ mb: 1.5 }}>
                As processor we do not notify Datatilsynet: each customer, as controller, decides that. We
                tell each customer without undue delay, within the period its agreement sets (Art. 33(2)).
              </Alert>
            )}
            {detail.capacity === 'both' && (
              <Alert severity="info" icon={false} sx={{ mb: 1.5 }}>
                One incident, several duties: our own data is notified to Datatilsynet (and the people told if
                the risk is high); each customer whose data is affected is told as well (Art. 33(2)).
              </Alert>
            )}
            <Grid container spacing={2}>
              {detail.clocks.map((clock) => (
                <Grid key={clock.key} size={{ xs: 12, lg: detail.clocks.length > 1 ? 6 : 12 }}>
                  <ClockBox
                    clock={clock}
                    detail={detail}
                    now={now}
                    onRecord={
                      clock.party === 'authority'
                        ? canNotify
                          ? () => setNotifying(true)
                          : undefined
                        : clock.party === 'subjects'
                          ? undefined
                          : open
                            ? () => setTelling(clock.organisationId)
                            : undefined
                    }
                  />
                </Grid>
              ))}
            </Grid>
            {detail.capacity !== 'processor' && open && detail.assessment === null && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                The notification is recorded once the risk is assessed, on the Assessment tab.
              </Typography>
            )}
          </Grid>
        </Grid>
      </CardContent>
      {notifying && <NotifyAuthorityDialog detail={detail} onClose={() => setNotifying(false)} />}
      {telling !== null && (
        <NotifyCustomerDialog detail={detail} organisationId={telling} onClose={() => setTelling(null)} />
      )}
      {correcting && <AwarenessDialog detail={detail} onClose={() => setCorrecting(false)} />}
    </Card>
  );
}
