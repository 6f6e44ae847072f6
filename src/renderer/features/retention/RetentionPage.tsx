import {
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AutoDeleteOutlinedIcon from '@mui/icons-material/AutoDeleteOutlined';
import { useState } from 'react';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import type { RetentionKindPreview, RetentionRun } from '../../../shared/retention/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { usePurgeRetentionMutation, useRetentionPreviewQuery } from './retentionApi';

const kindTitles: Record<RetentionKindPreview['kind'], string> = {
  inquiry: 'Inquiries',
  attachment: 'Removed attachments',
  case: 'Closed cases',
  breach: 'Closed breach records',
  agreement: 'Ended agreements',
  auditPayload: "Audit log's before/after copies",
};

const whyLabels = {
  closed: 'closed',
  deleted: 'deleted',
  removed: 'removed',
  ended: 'ended',
  written: 'written',
} as const;

const actionLabels = { remove: 'to remove', anonymise: 'to anonymise', redact: 'to redact' } as const;

const itemNames: Record<RetentionKindPreview['kind'], (id: number) => string> = {
  inquiry: inquiryNumber,
  attachment: (id) => `Attachment ${id}`,
  case: (id) => `Case #${id}`,
  breach: (id) => `Breach #${id}`,
  agreement: (id) => `Agreement #${id}`,
  auditPayload: (id) => `Entry ${id}`,
};

function KindPanel({ preview }: { preview: RetentionKindPreview }) {
  const title = kindTitles[preview.kind];
  return (
    <Paper variant="outlined" sx={{ p: 2, flex: 1, minWidth: 320 }} component="section" aria-label={title}>
      <Stack direction="row" justifyContent="space-between" alignItems="baseline" spacing={2}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="h5" component="p" aria-label={`${title} due`}>
          {preview.due} {actionLabels[preview.action]}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {preview.rule}
      </Typography>
      {preview.held.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }}>
          {preview.held.map((hold) => (
            <Chip
              key={hold.reason}
              size="small"
              variant="outlined"
              label={`Kept: ${hold.count} · ${hold.reason}`}
            />
          ))}
        </Stack>
      )}
      {preview.oldest.length > 0 ? (
        <>
          <Typography variant="subtitle2" component="h3">
            Oldest due
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {preview.oldest.map((item) => (
              <li key={item.id}>
                <Typography variant="body2">
                  {itemNames[preview.kind](item.id)}, {whyLabels[item.why]} {formatDateTime(item.since)}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      ) : (
        <Typography variant="body2">Nothing is due.</Typography>
      )}
    </Paper>
  );
}

function RunsTable({ runs }: { runs: RetentionRun[] }) {
  if (runs.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No purge has run yet.
      </Typography>
    );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Purge log">
        <TableHead>
          <TableRow>
            <TableCell>Started</TableCell>
            <TableCell>Run</TableCell>
            <TableCell>State</TableCell>
            <TableCell align="right">Inquiries</TableCell>
            <TableCell align="right">Attachments</TableCell>
            <TableCell align="right">Cases</TableCell>
            <TableCell align="right">Breaches</TableCell>
            <TableCell align="right">Agreements</TableCell>
            <TableCell align="right">Audit payloads</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id}>
              <TableCell>{formatDateTime(run.startedAt)}</TableCell>
              <TableCell>{run.trigger === 'daily' ? 'Daily' : `By ${run.by}`}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={run.state === 'done' ? 'Done' : run.state === 'failed' ? 'Stopped' : 'Running'}
                  color={run.state === 'failed' ? 'error' : run.state === 'done' ? 'success' : 'default'}
                  variant="outlined"
                />
              </TableCell>
              <TableCell align="right">{run.counts.inquiry}</TableCell>
              <TableCell align="right">{run.counts.attachment}</TableCell>
              <TableCell align="right">{run.counts.case}</TableCell>
              <TableCell align="right">{run.counts.breach}</TableCell>
              <TableCell align="right">{run.counts.agreement}</TableCell>
              <TableCell align="right">{run.counts.auditPayloads}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * Administration → Retention: what the purge removes next (counts per kind, the oldest items by
 * number, what is kept and why), a purge now with confirmation, and the purge log (counts only).
 */
export function RetentionPage() {
  const dispatch = useAppDispatch();
  const { data, error } = useRetentionPreviewQuery({});
  const [purge, { isLoading: purging, error: purgeError }] = usePurgeRetentionMutation();
  const [confirming, setConfirming] = useState(false);
  const due = data?.kinds.reduce((sum, kind) => sum + kind.due, 0) ?? 0;

  const purgeNow = async () => {
    const result = await purge({});
    setConfirming(false);
    if ('data' in result && result.data)
      dispatch(notice('The purge ran; the purge log shows what went.', 'success'));
  };

  return (
    <>
      <PageHeader
        title="Retention"
        subtitle="Personal data is kept no longer than needed (Art. 5(1)(e)). Once a day the app removes what is past its time, with the before/after copies of its audit entries; the audit chain still verifies. An administrator sets the periods under Settings → Retention."
        actions={
          <Button
            variant="contained"
            color="error"
            startIcon={<AutoDeleteOutlinedIcon />}
            onClick={() => setConfirming(true)}
            disabled={!data || due === 0 || purging}
          >
            {purging ? 'Purging…' : 'Purge now'}
          </Button>
        }
      />
      <ErrorAlert error={error ?? purgeError} />
      {data && (
        <>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 3 }}>
            {data.kinds.map((kind) => (
              <KindPanel key={kind.kind} preview={kind} />
            ))}
          </Stack>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            Purge log
          </Typography>
          <RunsTable runs={data.runs} />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title="Purge now?"
        confirmLabel="Purge"
        destructive
        busy={purging}
        onConfirm={() => void purgeNow()}
        onClose={() => setConfirming(false)}
      >
        {due} records go for good or are anonymised, with the before/after copies of their audit entries (the
        entries themselves stay in the chain). Records that belong to an open case, a breach or a legal hold
        are kept. The purge log records how many went, nothing else.
      </ConfirmDialog>
    </>
  );
}
