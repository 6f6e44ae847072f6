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
import {
  type ErasureItem,
  type ErasureOutcome,
  type ErasureSelection,
  keepGroundText,
} from '../../../shared/erasure/contract';
import { personRecordKindLabels } from '../../../shared/people/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';
import { useErasePersonMutation, useErasePreviewQuery } from './erasureApi';

const outcomeTitles: Record<ErasureOutcome, string> = {
  erase: 'Erased',
  anonymise: 'Anonymised: the personal details replaced, the statistics kept',
  keep: 'Kept and restricted (Art. 17(3))',
};

const kindWords: Record<ErasureItem['kind'], string> = {
  inquiry: 'Inquiry',
  case: 'Case',
  breach: 'Breach',
  organisation: 'Contact person of',
  attachment: 'File',
  audit: 'Audit entry',
};

function OutcomeTable({ outcome, items }: { outcome: ErasureOutcome; items: ErasureItem[] }) {
  if (items.length === 0) return null;
  const entries = items.filter((item) => item.kind === 'audit').length;
  const records = items.filter((item) => item.kind !== 'audit');
  return (
    <Box component="section" aria-label={outcomeTitles[outcome]} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {outcomeTitles[outcome]} ({items.length})
      </Typography>
      <Table size="small">
        {outcome === 'keep' && (
          <TableHead>
            <TableRow>
              <TableCell>Record</TableCell>
              <TableCell>Ground</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>Kept until</TableCell>
            </TableRow>
          </TableHead>
        )}
        <TableBody>
          {records.map((item) => (
            <TableRow key={`${item.kind}-${item.id}`}>
              <TableCell sx={{ width: outcome === 'keep' ? '32%' : undefined }}>
                {kindWords[item.kind]} {item.title}
                {item.via && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    (with {item.via})
                  </Typography>
                )}
              </TableCell>
              {outcome === 'keep' && (
                <>
                  <TableCell>{item.ground ? keepGroundText[item.ground] : ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {item.until ? formatDate(item.until) : 'while it lasts'}
                  </TableCell>
                </>
              )}
            </TableRow>
          ))}
          {entries > 0 && (
            <TableRow>
              <TableCell colSpan={3}>
                {personRecordKindLabels.audit}: {entries} {entries === 1 ? 'entry' : 'entries'}
                {outcome === 'erase'
                  ? ' (their before/after copies are redacted; the chain still verifies)'
                  : ''}
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
  caseNumber,
  onClose,
}: {
  open: boolean;
  selection: ErasureSelection;
  /** The erasure case's number, when started from one (`selection.caseId` is its id). */
  caseNumber?: string;
  onClose: () => void;
}) {
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
    const result = await erase({ ...selection, reason: reason.trim() });
    if ('data' in result && result.data) {
      const { counts } = result.data;
      dispatch(
        notice(
          `Erased: ${counts.erased} erased, ${counts.anonymised} anonymised, ${counts.kept} kept and restricted; ${counts.files} files deleted, ${counts.auditPayloads} audit copies redacted.`,
          'success',
        ),
      );
      close();
    }
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="erase-title">
      <DialogTitle id="erase-title">
        Erase this person’s data{caseNumber ? ` (case ${caseNumber})` : ''}
      </DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={preview.error} />
        {selection.items.length === 0 && (
          <Alert severity="info">Nothing was found for this person: there is nothing to erase.</Alert>
        )}
        {preview.isFetching && (
          <Stack direction="row" spacing={1} alignItems="center">
            <CircularProgress size={20} />
            <Typography>Working out what happens to each record…</Typography>
          </Stack>
        )}
        {preview.data && !preview.isFetching && (
          <>
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
              <Chip label={`${byOutcome('erase').length} erased`} color="error" variant="outlined" />
              <Chip label={`${byOutcome('anonymise').length} anonymised`} variant="outlined" />
              <Chip
                label={`${byOutcome('keep').length} kept and restricted`}
                color="warning"
                variant="outlined"
              />
              <Chip label={`${preview.data.files} files deleted`} variant="outlined" />
              <Chip label={`${preview.data.auditPayloads} audit copies redacted`} variant="outlined" />
            </Stack>
            {preview.data.openCases.length > 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                Open {preview.data.openCases.length === 1 ? 'case' : 'cases'}{' '}
                {preview.data.openCases.map((open) => open.number).join(', ')} keep their records. Close{' '}
                {preview.data.openCases.length === 1 ? 'it' : 'them'} first to erase those too, or they stay
                restricted until then.
              </Alert>
            )}
            {(['erase', 'anonymise', 'keep'] as const).map((outcome) => (
              <OutcomeTable key={outcome} outcome={outcome} items={byOutcome(outcome)} />
            ))}
            <TextField
              label="Reason for the erasure"
              required
              multiline
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && missingReason}
              helperText={
                touched && missingReason
                  ? 'Give the reason: it is kept with the erasure.'
                  : 'Kept in the erasure log and the audit log, e.g. the request and its case number.'
              }
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          </>
        )}
        <ErrorAlert error={erasing.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          color="error"
          onClick={() => void confirm()}
          disabled={!preview.data || preview.isFetching || erasing.isLoading}
        >
          {erasing.isLoading ? 'Erasing…' : 'Erase'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
