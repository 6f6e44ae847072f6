import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useState } from 'react';
import { useLabels, useT } from '../../i18n';
import type { CaseDetail } from '../../../shared/cases/contract';
import { isRefusal } from '../../../shared/cases/rules';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact, cardTitleProps, useFormatDue } from './caseUi';
import { CloseCaseDialog } from './CloseCaseDialog';
import { GateAlert } from './GateAlert';

function Check({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <ListItem disableGutters dense>
      <ListItemIcon sx={{ minWidth: 32, color: ok ? 'success.main' : 'text.disabled' }}>
        {ok ? <CheckCircleOutlineIcon fontSize="small" /> : <RadioButtonUncheckedIcon fontSize="small" />}
      </ListItemIcon>
      <ListItemText primary={children} slotProps={{ primary: { variant: 'body2' } }} />
    </ListItem>
  );
}

/** The reply and the outcome: what a lawful reply needs, and the record once the case is closed. */
export function OutcomePanel({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const outcomeLabels = useLabels('outcome');
  const replyChannelLabels = useLabels('replyChannel');
  const refusalGroundTextLabels = useLabels('refusalGroundText');
  const formatDue = useFormatDue();
  const [closing, setClosing] = useState(false);
  const { closing: record } = detail;
  if (record) {
    return (
      <Card>
        <CardHeader title={t('outcomeAndReply')} slotProps={cardTitleProps} />
        <CardContent sx={{ pt: 0 }}>
          {record.late && (
            <Alert severity="error" sx={{ mb: 2 }}>
              <AlertTitle>
                {t(
                  isRefusal(record.outcome) && detail.clock.refusalDue
                    ? 'answeredAfterOriginalDue'
                    : 'answeredAfterDue',
                  { date: formatDue(record.dueDate) },
                )}
              </AlertTitle>
              {record.lateReason}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Fact label={t('outcome')}>{outcomeLabels[record.outcome]}</Fact>
              <Fact label={t('reply')}>
                {record.replyDate
                  ? record.replyChannel
                    ? t('replyOnVia', {
                        date: formatDate(record.replyDate),
                        channel: replyChannelLabels[record.replyChannel].toLowerCase(),
                      })
                    : formatDate(record.replyDate)
                  : t('noReplyWithdrawn')}
              </Fact>
              <Fact label={t('closedLabel')}>
                {t('closedAtBy', { at: formatDateTime(record.closedAt), by: record.closedBy })}
              </Fact>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <Fact label={isRefusal(record.outcome) ? t('refusalReasonsFact') : t('replySummary')}>
                {record.reasons}
              </Fact>
              {isRefusal(record.outcome) && (
                <List dense disablePadding aria-label={t('replyStates')}>
                  <Check ok={record.statesComplaintRight}>{t('statesComplaintRight')}</Check>
                  <Check ok={record.statesJudicialRemedy}>{t('statesJudicialRemedy')}</Check>
                </List>
              )}
              {record.refusalGrounds.length > 0 && (
                <Fact label={t('grounds')}>
                  {record.refusalGrounds.map((key) => refusalGroundTextLabels[key]).join(' ')}
                </Fact>
              )}
              {record.manifestlyUnfounded && (
                <Fact label={record.unfoundedResponse === 'fee' ? t('unfoundedFee') : t('unfoundedRefused')}>
                  {record.unfoundedJustification}
                  {record.unfoundedResponse === 'fee' &&
                    ` ${t('feeOf', { amount: record.feeNok ?? 0, basis: record.feeBasis ?? '' })}`}
                </Fact>
              )}
              {record.disclosesPersonalData && <Fact label={t('disclosure')}>{t('disclosedData')}</Fact>}
            </Grid>
          </Grid>
        </CardContent>
      </Card>
    );
  }
  const openTasks = detail.tasks.filter((task) => task.state === 'open');
  const untold = detail.recipients.filter(
    (recipient) => !recipient.notifiedOn && !recipient.notPossibleReason,
  );
  return (
    <Card>
      <CardHeader
        title={t('outcomeAndReply')}
        subheader={t('replyBy', { date: formatDue(detail.clock.current.date) })}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          <GateAlert detail={detail} />
          <Box>
            <Typography variant="subtitle2" component="h3">
              {t('beforeGranting')}
            </Typography>
            <List dense disablePadding>
              <Check ok={detail.verification.gate.open}>{t('gateCheck')}</Check>
              <Check ok={openTasks.length === 0}>
                {openTasks.length === 0
                  ? t('allTasksDone')
                  : t('tasksStillOpen', { count: openTasks.length })}
              </Check>
              {detail.capacity === 'controller' && detail.recipients.length > 0 && (
                <Check ok={untold.length === 0}>{t('recipientsTold')}</Check>
              )}
              {detail.capacity === 'processor' && (
                <Check ok={!!detail.forwarding}>{t('forwardedCheck')}</Check>
              )}
            </List>
          </Box>
          <Box>
            <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
              {t('recordReplyAndClose')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
      {closing && <CloseCaseDialog detail={detail} onClose={() => setClosing(false)} />}
    </Card>
  );
}
