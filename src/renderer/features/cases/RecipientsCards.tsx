import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Grid,
  IconButton,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import type { CaseDetail, CaseRecipient } from '../../../shared/cases/contract';
import {
  forwardingMethodLabels,
  forwardingMethods,
  type ForwardingMethod,
  requestTypeInfo,
  typesNeedingRecipients,
} from '../../../shared/cases/rules';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import {
  useAddRecipientMutation,
  useNotifyRecipientMutation,
  useRecordForwardingMutation,
  useRemoveRecipientMutation,
} from './casesApi';
import { useRun } from './useRun';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

export function ForwardingCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [record, { isLoading }] = useRecordForwardingMutation();
  const current = detail.forwarding;
  const [editing, setEditing] = useState(!current);
  const [forwardedOn, setForwardedOn] = useState<string | null>(current?.forwardedOn ?? detail.clock.today);
  const [to, setTo] = useState(current?.to ?? '');
  const [how, setHow] = useState<ForwardingMethod>(current?.how ?? 'email');
  const [deadline, setDeadline] = useState<string | null>(detail.clock.customerDeadline);
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const open = detail.state === 'open';

  const save = async () => {
    const outcome = await run(
      record({ id: detail.id, forwardedOn: forwardedOn ?? '', to, how, customerDeadline: deadline, note }),
      'The forwarding was recorded.',
      { quietError: true },
    );
    if (outcome.ok) {
      setEditing(false);
      setErrors({});
    } else
      setErrors(
        Object.fromEntries(
          (outcome.error.issues ?? [{ path: 'form', message: outcome.error.message }]).map((issue) => [
            issue.path,
            issue.message,
          ]),
        ),
      );
  };

  return (
    <Card>
      <CardHeader
        title="Forwarding to the customer"
        subheader={`We process this data for ${detail.customer?.name ?? 'a customer'}, which as controller answers the person. We forward the request and assist (Art. 28(3)(e)).`}
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {current && !editing ? (
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start">
            <Typography variant="body2">
              Forwarded {formatDate(current.forwardedOn)} to {current.to} by{' '}
              {forwardingMethodLabels[current.how].toLowerCase()}.
              {detail.clock.customerDeadline
                ? ` The customer asked for our assistance by ${formatDate(detail.clock.customerDeadline)}.`
                : ' The customer has set no deadline.'}
              {current.note ? ` ${current.note}` : ''}
            </Typography>
            {open && <Button onClick={() => setEditing(true)}>Change</Button>}
          </Stack>
        ) : open ? (
          <Grid container spacing={2}>
            {errors.form && (
              <Grid size={12}>
                <Alert severity="error">{errors.form}</Alert>
              </Grid>
            )}
            <Grid size={{ xs: 12, md: 4 }}>
              <CalendarDateField
                label="Forwarded on"
                required
                value={forwardedOn}
                onChange={setForwardedOn}
                max={detail.clock.today}
                error={!!errors.forwardedOn}
                helperText={errors.forwardedOn}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <TextField
                label="To whom"
                required
                value={to}
                onChange={(event) => setTo(event.target.value)}
                error={!!errors.to}
                helperText={errors.to ?? 'Name and address of the customer’s privacy contact'}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField
                select
                label="How"
                value={how}
                onChange={(event) => setHow(event.target.value as ForwardingMethod)}
              >
                {forwardingMethods.map((method) => (
                  <MenuItem key={method} value={method}>
                    {forwardingMethodLabels[method]}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <CalendarDateField
                label="Customer’s deadline for us"
                value={deadline}
                onChange={setDeadline}
                min={detail.clock.receivedDate}
                error={!!errors.customerDeadline}
                helperText={errors.customerDeadline ?? 'If the customer set one; the case then runs on it'}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <TextField label="Note" value={note} onChange={(event) => setNote(event.target.value)} />
            </Grid>
            <Grid size={12}>
              <Button variant="contained" onClick={() => void save()} disabled={isLoading}>
                Record forwarding
              </Button>
            </Grid>
          </Grid>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Not forwarded.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

function RecipientRow({ detail, recipient }: { detail: CaseDetail; recipient: CaseRecipient }) {
  const run = useRun();
  const [notify] = useNotifyRecipientMutation();
  const [remove] = useRemoveRecipientMutation();
  const [openDialog, setOpenDialog] = useState(false);
  const [notifiedOn, setNotifiedOn] = useState<string | null>(detail.clock.today);
  const [how, setHow] = useState('');
  const [impossible, setImpossible] = useState('');
  const open = detail.state === 'open';
  const done = recipient.notifiedOn || recipient.notPossibleReason;
  return (
    <ListItem
      divider
      disableGutters
      secondaryAction={
        open && !recipient.notifiedOn ? (
          <Stack direction="row" spacing={0.5}>
            <Button size="small" onClick={() => setOpenDialog(true)}>
              {done ? 'Change' : 'Record notice'}
            </Button>
            <IconButton
              aria-label={`Remove ${recipient.name}`}
              onClick={() =>
                void run(
                  remove({ id: detail.id, recipientId: recipient.id }),
                  `${recipient.name} was removed.`,
                )
              }
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Stack>
        ) : undefined
      }
    >
      <Box>
        <Typography variant="body2">{recipient.name}</Typography>
        <Typography variant="caption" color={done ? 'text.secondary' : 'warning.main'}>
          {recipient.notifiedOn
            ? `Told ${formatDate(recipient.notifiedOn)}${recipient.how ? ` (${recipient.how})` : ''}`
            : recipient.notPossibleReason
              ? `Not possible: ${recipient.notPossibleReason}`
              : 'Not told yet'}
        </Typography>
      </Box>
      <Dialog open={openDialog} onClose={() => setOpenDialog(false)} maxWidth="xs" fullWidth>
        <DialogTitle>Notice to {recipient.name}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <CalendarDateField
              label="Told on"
              value={notifiedOn}
              onChange={setNotifiedOn}
              max={detail.clock.today}
            />
            <TextField
              label="How"
              value={how}
              onChange={(event) => setHow(event.target.value)}
              helperText="E.g. e-mail to their privacy contact"
            />
            <Divider>or</Divider>
            <TextField
              label="Why telling them is impossible or disproportionate"
              value={impossible}
              onChange={(event) => setImpossible(event.target.value)}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpenDialog(false)}>Cancel</Button>
          <Button
            variant="contained"
            onClick={() =>
              void run(
                notify(
                  impossible.trim()
                    ? {
                        id: detail.id,
                        recipientId: recipient.id,
                        notifiedOn: null,
                        notPossibleReason: impossible,
                      }
                    : { id: detail.id, recipientId: recipient.id, notifiedOn, how },
                ),
                'The notice was recorded.',
              ).then((outcome) => outcome.ok && setOpenDialog(false))
            }
          >
            Save
          </Button>
        </DialogActions>
      </Dialog>
    </ListItem>
  );
}

export function RecipientsCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [add] = useAddRecipientMutation();
  const [name, setName] = useState('');
  const open = detail.state === 'open';
  const types = typesNeedingRecipients(detail.types);
  return (
    <Card>
      <CardHeader
        title="Recipients to tell (Art. 19)"
        subheader={`Every recipient the data was disclosed to is told of the ${types
          .map((type) => requestTypeInfo[type].label.toLowerCase())
          .join(', ')}, unless that proves impossible or involves disproportionate effort.`}
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.recipients.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            No recipients listed. If the data was never disclosed, mark the recipients task as not applicable.
          </Typography>
        )}
        <List dense aria-label="Recipients">
          {detail.recipients.map((recipient) => (
            <RecipientRow key={recipient.id} detail={detail} recipient={recipient} />
          ))}
        </List>
        {open && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <TextField
              size="small"
              label="Recipient"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <Button
              disabled={!name.trim()}
              onClick={() =>
                void run(add({ id: detail.id, name, organisationId: null }), `${name} was added.`).then(
                  (outcome) => outcome.ok && setName(''),
                )
              }
            >
              Add
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
