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
import { useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseRecipient } from '../../../shared/cases/contract';
import { typesNeedingRecipients } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { formatDate } from '../../lib/format';
import { AddLineForm } from './AddLineForm';
import { cardTitleProps, useTypeList } from './caseUi';
import { useAddRecipientMutation, useRemoveRecipientMutation } from './casesApi';
import { RecipientNoticeDialog } from './RecipientNoticeDialog';
import { useRun } from './useRun';

function RecipientRow({ detail, recipient }: { detail: CaseDetail; recipient: CaseRecipient }) {
  const t = useT('cases');
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
              {done ? t('change') : t('recordNotice')}
            </Button>
            <IconButton
              aria-label={t('removeRecipient', { name: recipient.name })}
              onClick={() =>
                void run(
                  remove({ id: detail.id, recipientId: recipient.id }),
                  t('recipientRemoved', { name: recipient.name }),
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
            ? recipient.how
              ? t('recipientToldHow', { date: formatDate(recipient.notifiedOn), how: recipient.how })
              : t('recipientTold', { date: formatDate(recipient.notifiedOn) })
            : recipient.notPossibleReason
              ? t('notPossible', { reason: recipient.notPossibleReason })
              : t('notToldYet')}
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
  const t = useT('cases');
  const typeList = useTypeList();
  const dispatch = useAppDispatch();
  const [add] = useAddRecipientMutation();
  const open = detail.state === 'open';
  const types = typesNeedingRecipients(detail.types);
  return (
    <Card>
      <CardHeader
        title={t('recipientsToTell')}
        subheader={t('recipientsHelp', { types: typeList(types) })}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.recipients.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('noRecipients')}
          </Typography>
        )}
        <List dense aria-label={t('recipients')}>
          {detail.recipients.map((recipient) => (
            <RecipientRow key={recipient.id} detail={detail} recipient={recipient} />
          ))}
        </List>
        {open && (
          <AddLineForm
            textSchema={casesChannels['cases.addRecipient'].input.shape.name}
            label={t('recipient')}
            button={t('add')}
            onAdd={async (name) => {
              const result = await add({ id: detail.id, name, organisationId: null });
              if (!result.error) dispatch(notice(t('recipientAdded', { name })));
              return result;
            }}
          />
        )}
      </CardContent>
    </Card>
  );
}
