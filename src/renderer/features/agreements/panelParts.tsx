import { Button, Card, CardContent, CardHeader, IconButton, Link, Stack, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AuditEntry } from '../../../shared/audit/contract';
import { countryName } from '../../../shared/countries';
import { notice } from '../../app/notifications';
import { useT } from '../../i18n';
import { AuditEntries } from '../../components/AuditEntries';
import { TransferStatusChip } from '../../components/CountrySelect';
import { useAppDispatch } from '../../app/store';
import type { MutationResult } from '../../components/form';

import { cardTitleProps as titleProps } from '../../components/cardTitle';

export { titleProps };

export function AgreementLink({
  agreement,
}: {
  agreement: { id: number; reference: string; title: string };
}) {
  return (
    <Link component={RouterLink} to={`/registers/agreements/${agreement.id}`}>
      {agreement.reference} {agreement.title}
    </Link>
  );
}

/** The button in a card's header that adds a row to the card's table. */
export function CardAddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button startIcon={<AddIcon />} onClick={onClick} sx={{ mr: 1, mt: 1 }}>
      {label}
    </Button>
  );
}

/**
 * The bin of a table row, named after what it removes: it removes the row and offers to undo it
 * (the core's refusal as an error notice, else the message with an Undo that restores the row).
 */
export function RemoveRowButton({
  name,
  message,
  remove,
  restore,
}: {
  name: string;
  message: string;
  remove: () => PromiseLike<MutationResult<unknown>>;
  restore: () => PromiseLike<unknown>;
}) {
  const t = useT('agreementPanels');
  const common = useT('common');
  const dispatch = useAppDispatch();
  const removeWithUndo = async () => {
    const result = await remove();
    if (result.error !== undefined) {
      dispatch(notice(result.error.message ?? common('somethingWentWrong'), 'error'));
      return;
    }
    dispatch(notice(message, 'success', { label: common('undo'), run: () => void restore() }));
  };
  return (
    <Tooltip title={t('remove')}>
      <IconButton aria-label={t('removeName', { name })} onClick={() => void removeWithUndo()}>
        <DeleteOutlineIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** A country by name with whether sending data there is a transfer under Chapter V. */
export function CountryWithStatus({ country }: { country: string }) {
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span>{countryName(country)}</span>
      <TransferStatusChip country={country} />
    </Stack>
  );
}

/** A record's changes, newest first, from the audit log (who, when, before and after). */
export function HistoryCard({
  entries,
  empty,
}: {
  entries: readonly AuditEntry[] | undefined;
  empty: ReactNode;
}) {
  const t = useT('agreementPanels');
  return (
    <Card>
      <CardHeader title={t('historyTitle')} subheader={t('historySubheader')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        {entries && entries.length === 0 && empty}
        <AuditEntries entries={entries ?? []} />
      </CardContent>
    </Card>
  );
}
