import { Alert, Box, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useState } from 'react';
import { clockStatePhrase, liveClock } from '../../../shared/breaches/clock-text';
import type { BreachClock, BreachDetail } from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { useLabels, useSay, useT } from '../../i18n';
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
  const t = useT('breaches');
  const say = useSay();
  const methodLabels = useLabels('customerNoticeMethod');
  const live = liveClock(clock, now);
  const running = live.status === 'running' || live.status === 'overdue';
  const customer = detail.customers.find((candidate) => candidate.organisationId === clock.organisationId);
  const done =
    clock.party === 'authority'
      ? clock.doneAt && t('notified', { time: formatOslo(clock.doneAt) })
      : clock.party === 'subjects'
        ? clock.doneAt && t('peopleTold', { time: formatOslo(clock.doneAt) })
        : customer?.toldAt &&
          `${t('customerTold', { time: formatOslo(customer.toldAt) })}${customer.toldHow ? t('byMethod', { method: methodLabels[customer.toldHow].toLocaleLowerCase() }) : ''}${customer.toldTo ? t('toWhom', { name: customer.toldTo }) : ''}`;
  return (
    <Box
      component="section"
      aria-label={t('clockOf', { label: say(clock.labelText) })}
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
          ? t('clockAuthority')
          : clock.party === 'subjects'
            ? t('clockSubjects')
            : t('clockCustomer', { label: say(clock.labelText) })}
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
          {say(clockStatePhrase(live, now))}
        </Typography>
      </Stack>
      {running && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {clock.undueDelay ? t('target') : t('due')}
          <strong>{formatOslo(clock.dueAt)}</strong>
          {clock.undueDelay ? t('withoutUndueDelay') : ''}
        </Typography>
      )}
      {done && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {done}
          {live.status === 'late' ? t('lateDue', { time: formatOslo(clock.dueAt) }) : ''}
        </Typography>
      )}
      {clock.noteText && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {say(clock.noteText)}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 0.5, fontFamily: 'monospace' }} data-testid="clock-explanation">
        {say(clock.explanationText)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {say(clock.basisText)}
      </Typography>
      {customer?.noticeHoursFlag && (
        <Typography variant="caption" color="warning.main" component="p" sx={{ fontWeight: 600 }}>
          {t('promisedHours', { hours: customer.noticeHours ?? 0 })}
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
            ? t('recordNotification')
            : clock.party === 'subjects'
              ? t('recordPeopleTold')
              : t('recordCustomerTold')}
        </Button>
      )}
    </Box>
  );
}

/** Every clock of the breach, counting down live, with why each due time is what it is. */
export function ClocksPanel({ detail }: { detail: BreachDetail }) {
  const t = useT('breaches');
  const now = useCoreNow(detail.now);
  const [notifying, setNotifying] = useState(false);
  const [telling, setTelling] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const open = detail.state !== 'closed';
  const anyoneTold =
    detail.notifications.length > 0 || detail.customers.some((customer) => customer.toldAt !== null);
  const canNotify = open && detail.assessment !== null && detail.assessment.risk !== 'none';
  return (
    <Card component="section" aria-label={t('clocks')}>
      <CardContent>
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="overline" color="text.secondary">
              {t('weBecameAware')}
            </Typography>
            <Typography variant="h5" component="p" data-testid="aware-at" sx={{ fontWeight: 600 }}>
              {formatOslo(detail.awareAt)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('awareExplained')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('osloTimes')}
            </Typography>
            {open && !anyoneTold && (
              <Button
                startIcon={<EditCalendarOutlinedIcon />}
                onClick={() => setCorrecting(true)}
                sx={{ mt: 1, ml: -1 }}
              >
                {t('correctTime')}
              </Button>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            {detail.state === 'reported' && (
              <Alert severity="warning" sx={{ mb: 1.5 }}>
                {t('awaitingAssessment')}
              </Alert>
            )}
            {detail.capacity === 'processor' && (
              <Alert severity="info" icon={false} sx={{ mb: 1.5 }}>
                {t('processorNote')}
              </Alert>
            )}
            {detail.capacity === 'both' && (
              <Alert severity="info" icon={false} sx={{ mb: 1.5 }}>
                {t('bothNote')}
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
                {t('recordedAfterAssessment')}
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
