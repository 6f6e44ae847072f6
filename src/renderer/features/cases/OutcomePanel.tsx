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
import type { CaseDetail } from '../../../shared/cases/contract';
import { isRefusal, outcomeLabels, refusalGround, replyChannelLabels } from '../../../shared/cases/rules';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact, formatDue, cardTitleProps } from './caseUi';
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
  const [closing, setClosing] = useState(false);
  const { closing: record } = detail;
  if (record) {
    return (
      <Card>
        <CardHeader title="Outcome and reply" slotProps={cardTitleProps} />
        <CardContent sx={{ pt: 0 }}>
          {record.late && (
            <Alert severity="error" sx={{ mb: 2 }}>
              <AlertTitle>
                Answered after the due date ({formatDue(record.dueDate)}
                {isRefusal(record.outcome) && detail.clock.refusalDue
                  ? ', the original one: a refusal is due within a month even after an extension'
                  : ''}
                )
              </AlertTitle>
              {record.lateReason}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Fact label="Outcome">{outcomeLabels[record.outcome]}</Fact>
              <Fact label="Reply">
                {record.replyDate
                  ? `${formatDate(record.replyDate)}${record.replyChannel ? `, ${replyChannelLabels[record.replyChannel].toLowerCase()}` : ''}`
                  : 'No reply (withdrawn)'}
              </Fact>
              <Fact label="Closed">
                {formatDateTime(record.closedAt)} by {record.closedBy}
              </Fact>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <Fact
                label={
                  isRefusal(record.outcome) ? 'Reasons for the refusal (Art. 12(4))' : 'Summary of the reply'
                }
              >
                {record.reasons}
              </Fact>
              {isRefusal(record.outcome) && (
                <List dense disablePadding aria-label="The reply states">
                  <Check ok={record.statesComplaintRight}>
                    The reply states the right to complain to Datatilsynet
                  </Check>
                  <Check ok={record.statesJudicialRemedy}>
                    The reply states the right to a judicial remedy
                  </Check>
                </List>
              )}
              {record.refusalGrounds.length > 0 && (
                <Fact label="Grounds">
                  {record.refusalGrounds
                    .map((key) => {
                      const ground = refusalGround(key);
                      return ground ? `${ground.citation}: ${ground.text}` : key;
                    })
                    .join('; ')}
                </Fact>
              )}
              {record.manifestlyUnfounded && (
                <Fact
                  label={`Manifestly unfounded or excessive (Art. 12(5)): ${
                    record.unfoundedResponse === 'fee' ? 'a reasonable fee' : 'refused'
                  }`}
                >
                  {record.unfoundedJustification}
                  {record.unfoundedResponse === 'fee' &&
                    ` Fee: ${record.feeNok ?? 0} kr. ${record.feeBasis ?? ''}`}
                </Fact>
              )}
              {record.disclosesPersonalData && (
                <Fact label="Disclosure">The reply disclosed personal data.</Fact>
              )}
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
        title="Outcome and reply"
        subheader={`Reply by ${formatDue(detail.clock.current.date)}. A refusal states its reasons and the rights to complain to Datatilsynet and to a judicial remedy (Art. 12(4)).`}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          <GateAlert detail={detail} />
          <Box>
            <Typography variant="subtitle2" component="h3">
              Before granting
            </Typography>
            <List dense disablePadding>
              <Check ok={detail.verification.gate.open}>
                Identity verified, not needed, or overridden by the DPO
              </Check>
              <Check ok={openTasks.length === 0}>
                {openTasks.length === 0
                  ? 'Every task is done or does not apply'
                  : `${openTasks.length} ${openTasks.length === 1 ? 'task is' : 'tasks are'} still open`}
              </Check>
              {detail.capacity === 'controller' && detail.recipients.length > 0 && (
                <Check ok={untold.length === 0}>Every recipient told of the change (Art. 19)</Check>
              )}
              {detail.capacity === 'processor' && (
                <Check ok={!!detail.forwarding}>Request forwarded to the customer</Check>
              )}
            </List>
          </Box>
          <Box>
            <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
              Record the reply and close
            </Button>
          </Box>
        </Stack>
      </CardContent>
      {closing && <CloseCaseDialog detail={detail} onClose={() => setClosing(false)} />}
    </Card>
  );
}
