import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  List,
  ListItem,
  Stack,
  Typography,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import { casesChannels, type CaseDetail, type CaseRecipient } from '../../../shared/cases/contract';
import { requestTypeInfo, typesNeedingRecipients } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { formatDate } from '../../lib/format';
import { AddLineForm } from './AddLineForm';
import { cardTitleProps } from './caseUi';
import { useAddRecipientMutation, useRemoveRecipientMutation } from './casesApi';
import { RecipientNoticeDialog } from './RecipientNoticeDialog';
import { useRun } from './useRun';

function RecipientRow({ detail, recipient }: { detail: CaseDetail; recipient: CaseRecipient }) {
  const run = useRun();
  const [remove] = useRemoveRecipientMutation();
  const [noticing, setNoticing] = useState(false);
  const open = detail.state === 'open';
  const done = recipient.notifiedOn || recipient.notPossibleReason;
  return (
    <ListItem
      divider
      disableGutters
      secondaryAction={
        open && !recipient.notifiedOn ? (
          <Stack direction="row" spacing={0.5}>
            <Button size="small" onClick={() => setNoticing(true)}>
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
      {noticing && (
        <RecipientNoticeDialog detail={detail} recipient={recipient} onClose={() => setNoticing(false)} />
      )}
    </ListItem>
  );
}

/** The recipients the data was disclosed to, each told of the change (Art. 19). */
export function RecipientsCard({ detail }: { detail: CaseDetail }) {
  const dispatch = useAppDispatch();
  const [add] = useAddRecipientMutation();
  const open = detail.state === 'open';
  const types = typesNeedingRecipients(detail.types);
  return (
    <Card>
      <CardHeader
        title="Recipients to tell (Art. 19)"
        subheader={`Every recipient the data was disclosed to is told of the ${types
          .map((type) => requestTypeInfo[type].label.toLowerCase())
          .join(', ')}, unless that proves impossible or involves disproportionate effort.`}
        slotProps={cardTitleProps}
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
          <AddLineForm
            field={casesChannels['cases.addRecipient'].input.shape.name}
            label="Recipient"
            button="Add"
            onAdd={async (name) => {
              const result = await add({ id: detail.id, name, organisationId: null });
              if (!result.error) dispatch(notice(`${name} was added.`));
              return result;
            }}
          />
        )}
      </CardContent>
    </Card>
  );
}
