import { Alert, Box, Button, Card, CardContent, Divider, Grid, Stack, Typography } from '@mui/material';
import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import { replyChannelLabels } from '../../../shared/cases/rules';
import { formatDate, formatDateTime } from '../../lib/format';
import { daysLeftText, formatDue, StatusChips } from './caseUi';
import { ExtendDialog } from './ExtendDialog';
import { ReceivedDateDialog } from './ReceivedDateDialog';

/** The clock of a case: the date, the days left, and why the date is what it is. */
export function DeadlinePanel({ detail }: { detail: CaseDetail }) {
  const { clock } = detail;
  const [extending, setExtending] = useState(false);
  const [changingReceived, setChangingReceived] = useState(false);
  const open = detail.state === 'open';
  const overdue = open && clock.daysLeft < 0;
  // A refusal after an extension was measured against the original due date (Art. 12(4)).
  const refusedByOriginal = !open && !!clock.refusalDue && detail.closing?.dueDate === clock.refusalDue;
  return (
    <Card
      component="section"
      aria-label="Deadline"
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
                ? 'Due date of a refusal (the original one)'
                : clock.extension
                  ? 'Extended due date'
                  : clock.statuses.includes('to-forward')
                    ? 'Forward to the customer by'
                    : clock.customerDeadline
                      ? "Customer's deadline"
                      : 'Due date'}
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
                  ? `answered ${-clock.daysLeft} ${clock.daysLeft === -1 ? 'day' : 'days'} late`
                  : 'answered in time'}
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
              Why this date
            </Typography>
            <Typography variant="body1" data-testid="due-explanation" sx={{ fontWeight: 500 }}>
              {clock.current.explanation}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              Received {formatDate(clock.receivedDate)}
              {clock.receivedAt ? ` at ${formatDateTime(clock.receivedAt).slice(11)}` : ''}; the day of
              receipt is not counted.{' '}
              {clock.extension ? `Original due date ${formatDue(clock.due.date)}.` : null}
              {clock.pauseSetting
                ? ` The pause setting is on${clock.current.pausedDays > 0 ? `: ${clock.current.pausedDays} days added` : ''}${clock.pauseRunning ? ', still running' : ''}.`
                : ''}
            </Typography>
            {clock.refusalDue && open && (
              <Alert severity="info" sx={{ mt: 1 }} data-testid="refusal-due">
                A refusal, in full or in part, is still due by the original due date,{' '}
                <strong>{formatDue(clock.refusalDue)}</strong>: the extension covers acting on the request,
                not deciding not to (Art. 12(4)).
              </Alert>
            )}
            {clock.forwarding && (
              <Typography variant="body2" sx={{ mt: 1 }} data-testid="forwarding-due">
                {clock.forwarding.forwardedOn
                  ? `Forwarded to the customer ${formatDate(clock.forwarding.forwardedOn)}${clock.forwarding.late ? `, after the forwarding date ${formatDue(clock.forwarding.due)}` : ', in time'}.`
                  : `${clock.forwarding.explanation}.`}
              </Typography>
            )}
            {clock.pauses.length > 0 && (
              <Box component="ul" sx={{ pl: 2.5, my: 1 }} aria-label="Waiting for the person">
                {clock.pauses.map((pause) => (
                  <Typography
                    key={pause.kind}
                    component="li"
                    variant="body2"
                    color={pause.counts ? 'text.primary' : 'text.secondary'}
                  >
                    {pause.reason}
                  </Typography>
                ))}
              </Box>
            )}
            {(open || clock.extension) && <Divider sx={{ my: 1.5 }} />}
            {clock.extension ? (
              <Typography variant="body2">
                <strong>Extended</strong> by two months, decided {formatDate(clock.extension.decidedOn)}; the
                person was told {formatDate(clock.extension.personToldOn)} by{' '}
                {replyChannelLabels[clock.extension.noticeChannel].toLowerCase()}. Reasons:{' '}
                {clock.extension.reasons}
              </Typography>
            ) : clock.extensionPossibleUntil ? (
              <Typography variant="body2">
                If the request is complex or one of many, the deadline can be extended once, to{' '}
                <strong>{formatDue(clock.extendedDue.date)}</strong> ({clock.extendedDue.explanation}). Decide
                it and tell the person by <strong>{formatDue(clock.extensionPossibleUntil)}</strong>.
              </Typography>
            ) : detail.capacity === 'processor' ? (
              <Typography variant="body2" color="text.secondary">
                As processor we cannot extend: the customer, as controller, decides. Record its deadline under
                Tasks → Forwarding to the customer.
              </Typography>
            ) : open ? (
              <Typography variant="body2" color="text.secondary">
                The original due date has passed: the deadline can no longer be extended.
              </Typography>
            ) : null}
            {open && (
              <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
                {clock.extensionPossibleUntil && (
                  <Button variant="outlined" startIcon={<MoreTimeIcon />} onClick={() => setExtending(true)}>
                    Extend deadline
                  </Button>
                )}
                <Button startIcon={<EditCalendarOutlinedIcon />} onClick={() => setChangingReceived(true)}>
                  Correct the received date
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
