import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ErasureItem, ErasureOutcome } from '../../../shared/erasure/contract';
import type { PersonSelection } from '../../../shared/people/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { groundKeys, kindKeys } from './words';
import { useErasePersonMutation, useErasePreviewQuery } from './erasureApi';

const outcomeKeys = {
  erase: 'outcomeErase',
  anonymise: 'outcomeAnonymise',
  keep: 'outcomeKeep',
} as const;

function OutcomeTable({ outcome, items }: { outcome: ErasureOutcome; items: ErasureItem[] }) {
  const t = useT('erasure');
  if (items.length === 0) return null;
  const entries = items.filter((item) => item.kind === 'audit').length;
  const records = items.filter((item) => item.kind !== 'audit');
  return (
    <Box component="section" aria-label={t(outcomeKeys[outcome])} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t(outcomeKeys[outcome])} ({items.length})
      </Typography>
      <Table size="small">
        {outcome === 'keep' && (
          <TableHead>
            <TableRow>
              <TableCell>{t('record')}</TableCell>
              <TableCell>{t('ground')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('keptUntil')}</TableCell>
            </TableRow>
          </TableHead>
        )}
        <TableBody>
          {records.map((item) => (
            <TableRow key={`${item.kind}-${item.id}`}>
              <TableCell sx={{ width: outcome === 'keep' ? '32%' : undefined }}>
                {t(kindKeys[item.kind])} {item.title}
                {item.via && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    {t('with', { record: item.via })}
                  </Typography>
                )}
              </TableCell>
              {outcome === 'keep' && (
                <>
                  <TableCell>{item.ground ? t(groundKeys[item.ground]) : ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {item.until ? formatDate(item.until) : t('whileItLasts')}
                  </TableCell>
                </>
              )}
            </TableRow>
          ))}
          {entries > 0 && (
            <TableRow>
              <TableCell colSpan={3}>
                {t('auditEntries', { count: entries })}
                {outcome === 'erase' ? ` ${t('auditRedacted')}` : ''}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * The erasure of one person's records (Art. 17): the preview of what happens to each record,
 * grouped by outcome, then a reason and a confirmation. Started from the person screen with the
 * records found, or from an erasure case (which then records the result on its timeline).
 */
export function EraseDialog({
  open,
  selection,
  erasureCase,
  onClose,
}: {
  open: boolean;
  selection: PersonSelection;
  /** The erasure case it is carried out for, when started from one: its timeline records the result. */
  erasureCase?: { id: number; number: string };
  onClose: () => void;
}) {
  const t = useT('erasure');
  const common = useT('common');
  const dispatch = useAppDispatch();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const preview = useErasePreviewQuery(selection, { skip: !open || selection.items.length === 0 });
  const [erase, erasing] = useErasePersonMutation();
  const items = preview.data?.items ?? [];
  const byOutcome = (outcome: ErasureOutcome) => items.filter((item) => item.outcome === outcome);
  const missingReason = reason.trim().length === 0;

  const close = () => {
    setReason('');
    setTouched(false);
    erasing.reset();
    onClose();
  };
  const confirm = async () => {
    setTouched(true);
    if (missingReason) return;
    const result = await erase({ ...selection, caseId: erasureCase?.id, reason: reason.trim() });
    if ('data' in result && result.data) {
      const { counts } = result.data;
      dispatch(
        notice(
          t('done', {
            erased: counts.erased,
            anonymised: counts.anonymised,
            kept: counts.kept,
            files: counts.files,
            audit: counts.auditPayloads,
          }),
          'success',
        ),
      );
      close();
    }
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="erase-title">
      <DialogTitle id="erase-title">
        {erasureCase ? t('titleForCase', { number: erasureCase.number }) : t('title')}
      </DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={preview.error} />
        {selection.items.length === 0 && <Alert severity="info">{t('nothingFound')}</Alert>}
        {preview.isFetching && (
          <Stack direction="row" spacing={1} alignItems="center">
            <CircularProgress size={20} />
            <Typography>{t('working')}</Typography>
          </Stack>
        )}
        {preview.data && !preview.isFetching && (
          <>
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
              <Chip
                label={t('erasedCount', { count: byOutcome('erase').length })}
                color="error"
                variant="outlined"
              />
              <Chip
                label={t('anonymisedCount', { count: byOutcome('anonymise').length })}
                variant="outlined"
              />
              <Chip
                label={t('keptCount', { count: byOutcome('keep').length })}
                color="warning"
                variant="outlined"
              />
              <Chip label={t('filesCount', { count: preview.data.files })} variant="outlined" />
              <Chip label={t('auditCount', { count: preview.data.auditPayloads })} variant="outlined" />
            </Stack>
            {preview.data.openCases.length > 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('openCases', {
                  count: preview.data.openCases.length,
                  numbers: preview.data.openCases.map((open) => open.number).join(', '),
                })}
              </Alert>
            )}
            {(['erase', 'anonymise', 'keep'] as const).map((outcome) => (
              <OutcomeTable key={outcome} outcome={outcome} items={byOutcome(outcome)} />
            ))}
            <TextField
              label={t('reason')}
              required
              multiline
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && missingReason}
              helperText={touched && missingReason ? t('reasonMissing') : t('reasonHelp')}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          </>
        )}
        <ErrorAlert error={erasing.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{common('cancel')}</Button>
        <Button
          variant="contained"
          color="error"
          onClick={() => void confirm()}
          disabled={!preview.data || preview.isFetching || erasing.isLoading}
        >
          {erasing.isLoading ? t('erasing') : t('erase')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
