import { Alert, Box, Button, Card, CardContent, Divider, Grid, Stack, Typography } from '@mui/material';
import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { useState } from 'react';
import { Trans } from 'react-i18next';
import { useLabels, useSay, useT } from '../../i18n';
import type { CaseDetail } from '../../../shared/cases/contract';
import { formatDate, formatDateTime } from '../../lib/format';
import { StatusChips, useDaysLeftText, useFormatDue } from './caseUi';
import { ExtendDialog } from './ExtendDialog';
import { ReceivedDateDialog } from './ReceivedDateDialog';

/** The clock of a case: the date, the days left, and why the date is what it is. */
export function DeadlinePanel({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const say = useSay();
  const replyChannelLabels = useLabels('replyChannel');
  const formatDue = useFormatDue();
  const daysLeftText = useDaysLeftText();
  const { clock } = detail;
  const [extending, setExtending] = useState(false);
  const [changingReceived, setChangingReceived] = useState(false);
  const open = detail.state === 'open';
  const overdue = open && clock.daysLeft < 0;
  // A refusal after an extension was measured against the original due date (Art. 12(4)).
  const refusedByOriginal = !open && !!clock.refusalDue && detail.closing?.dueDate === clock.refusalDue;
  const strong = { strong: <strong /> };
  // Until a processor's case is forwarded, the forwarding rule is the headline: not said twice.
  const forwardingIsHeadline =
    !!clock.forwarding &&
    !clock.forwarding.forwardedOn &&
    clock.forwarding.explanation === clock.current.explanation;
  return (
    <Card
      component="section"
      aria-label={t('deadline')}
      sx={{
        borderLeft: 6,
        borderLeftColor: overdue
          ? 'error.main'
          : clock.statuses.includes('due-soon')
            ? 'warning.main'
            : 'primary.main',
      }}
    >
      <CardContent>
        <Grid container spacing={2} alignItems="flex-start">
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="overline" color="text.secondary">
              {refusedByOriginal
                ? t('dueRefusalOriginal')
                : clock.extension
                  ? t('dueExtended')
                  : clock.statuses.includes('to-forward')
                    ? t('dueForwardBy')
                    : clock.customerDeadline
                      ? t('dueCustomer')
                      : t('dueDate')}
            </Typography>
            <Typography variant="h4" component="p" data-testid="due-date">
              {formatDue(refusedByOriginal && clock.refusalDue ? clock.refusalDue : clock.current.date)}
            </Typography>
            <Typography
              variant="subtitle1"
              color={overdue ? 'error' : 'text.secondary'}
              sx={{ fontWeight: overdue ? 600 : 400 }}
              data-testid="days-left"
            >
              {open
                ? daysLeftText(clock.daysLeft)
                : detail.closing?.late
                  ? t('answeredDaysLate', { count: -clock.daysLeft })
                  : t('answeredInTime')}
            </Typography>
            <Box sx={{ mt: 1 }}>
              <StatusChips
                statuses={clock.statuses}
                state={detail.state}
                outcome={detail.closing?.outcome}
                closedLate={detail.closing?.late}
              />
            </Box>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <Typography variant="overline" color="text.secondary">
              {t('whyThisDate')}
            </Typography>
            <Typography variant="body1" data-testid="due-explanation" sx={{ fontWeight: 500 }}>
              {say(clock.current.explanationText)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('receivedOn', { date: formatDate(clock.receivedDate) })}
              {clock.receivedAt
                ? ` ${t('receivedAt', { time: formatDateTime(clock.receivedAt).slice(11) })}`
                : ''}
              ; {t('receiptNotCounted')}{' '}
              {clock.extension ? `${t('originalDue', { date: formatDue(clock.due.date) })} ` : null}
              {clock.pauseSetting
                ? clock.current.pausedDays > 0
                  ? t('pauseOnDays', { count: clock.current.pausedDays })
                  : t('pauseOn')
                : ''}
              {clock.pauseSetting && clock.pauseRunning ? ` ${t('pauseRunning')}` : ''}
            </Typography>
            {clock.refusalDue && open && (
              <Alert severity="info" sx={{ mt: 1 }} data-testid="refusal-due">
                <Trans
                  ns="cases"
                  i18nKey="refusalStillDue"
                  values={{ date: formatDue(clock.refusalDue) }}
                  components={strong}
                />
              </Alert>
            )}
            {clock.forwarding && !forwardingIsHeadline && (
              <Typography variant="body2" sx={{ mt: 1 }} data-testid="forwarding-due">
                {clock.forwarding.forwardedOn
                  ? clock.forwarding.late
                    ? t('forwardedLate', {
                        date: formatDate(clock.forwarding.forwardedOn),
                        due: formatDue(clock.forwarding.due),
                      })
                    : t('forwardedInTime', { date: formatDate(clock.forwarding.forwardedOn) })
                  : `${say(clock.forwarding.explanationText)}.`}
              </Typography>
            )}
            {clock.pauses.length > 0 && (
              <Box component="ul" sx={{ pl: 2.5, my: 1 }} aria-label={t('waitingForPerson')}>
                {clock.pauses.map((pause) => (
                  <Typography
                    key={pause.kind}
                    component="li"
                    variant="body2"
                    color={pause.counts ? 'text.primary' : 'text.secondary'}
                  >
                    {say(pause.reasonText)}
                  </Typography>
                ))}
              </Box>
            )}
            {(open || clock.extension) && <Divider sx={{ my: 1.5 }} />}
            {clock.extension ? (
              <Typography variant="body2">
                <Trans
                  ns="cases"
                  i18nKey="extendedBy"
                  values={{
                    decided: formatDate(clock.extension.decidedOn),
                    told: formatDate(clock.extension.personToldOn),
                    channel: replyChannelLabels[clock.extension.noticeChannel].toLowerCase(),
                    reasons: clock.extension.reasons,
                  }}
                  components={strong}
                />
              </Typography>
            ) : clock.extensionPossibleUntil ? (
              <Typography variant="body2">
                <Trans
                  ns="cases"
                  i18nKey="canExtend"
                  values={{
                    date: formatDue(clock.extendedDue.date),
                    explanation: say(clock.extendedDue.explanationText),
                    until: formatDue(clock.extensionPossibleUntil),
                  }}
                  components={strong}
                />
              </Typography>
            ) : detail.capacity === 'processor' ? (
              <Typography variant="body2" color="text.secondary">
                {t('processorCannotExtend')}
              </Typography>
            ) : open ? (
              <Typography variant="body2" color="text.secondary">
                {t('cannotExtendAnymore')}
              </Typography>
            ) : null}
            {open && (
              <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
                {clock.extensionPossibleUntil && (
                  <Button variant="outlined" startIcon={<MoreTimeIcon />} onClick={() => setExtending(true)}>
                    {t('extendDeadline')}
                  </Button>
                )}
                <Button startIcon={<EditCalendarOutlinedIcon />} onClick={() => setChangingReceived(true)}>
                  {t('correctReceived')}
                </Button>
              </Stack>
            )}
          </Grid>
        </Grid>
      </CardContent>
      {extending && <ExtendDialog detail={detail} onClose={() => setExtending(false)} />}
      {changingReceived && <ReceivedDateDialog detail={detail} onClose={() => setChangingReceived(false)} />}
    </Card>
  );
}
