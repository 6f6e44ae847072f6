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
import { useSay, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { usePurgeRetentionMutation, useRetentionPreviewQuery } from './retentionApi';

const kindKeys = {
  inquiry: 'kindInquiry',
  attachment: 'kindAttachment',
  case: 'kindCase',
  breach: 'kindBreach',
  agreement: 'kindAgreement',
  auditPayload: 'kindAuditPayload',
} as const satisfies Record<RetentionKindPreview['kind'], string>;

const whyKeys = {
  closed: 'whyClosed',
  deleted: 'whyDeleted',
  removed: 'whyRemoved',
  ended: 'whyEnded',
  written: 'whyWritten',
} as const;

const actionKeys = { remove: 'toRemove', anonymise: 'toAnonymise', redact: 'toRedact' } as const;

const itemKeys = {
  attachment: 'itemAttachment',
  case: 'itemCase',
  breach: 'itemBreach',
  agreement: 'itemAgreement',
  auditPayload: 'itemEntry',
} as const;

function KindPanel({ preview }: { preview: RetentionKindPreview }) {
  const t = useT('retention');
  const say = useSay();
  const title = t(kindKeys[preview.kind]);
  const itemName = (id: number) =>
    preview.kind === 'inquiry' ? inquiryNumber(id) : t(itemKeys[preview.kind], { id });
  return (
    <Paper variant="outlined" sx={{ p: 2, flex: 1, minWidth: 320 }} component="section" aria-label={title}>
      <Stack direction="row" justifyContent="space-between" alignItems="baseline" spacing={2}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="h5" component="p" aria-label={t('dueLabel', { kind: title })}>
          {t(actionKeys[preview.action], { count: preview.due })}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {say(preview.ruleText)}
      </Typography>
      {preview.held.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }}>
          {preview.held.map((hold) => (
            <Chip
              key={hold.reason}
              size="small"
              variant="outlined"
              label={t('kept', { count: hold.count, reason: say(hold.reasonText) })}
            />
          ))}
        </Stack>
      )}
      {preview.oldest.length > 0 ? (
        <>
          <Typography variant="subtitle2" component="h3">
            {t('oldestDue')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {preview.oldest.map((item) => (
              <li key={item.id}>
                <Typography variant="body2">
                  {t('oldestItem', {
                    name: itemName(item.id),
                    why: t(whyKeys[item.why]),
                    at: formatDateTime(item.since),
                  })}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      ) : (
        <Typography variant="body2">{t('nothingDue')}</Typography>
      )}
    </Paper>
  );
}

function RunsTable({ runs }: { runs: RetentionRun[] }) {
  const t = useT('retention');
  if (runs.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('noRuns')}
      </Typography>
    );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('purgeLog')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('started')}</TableCell>
            <TableCell>{t('run')}</TableCell>
            <TableCell>{t('state')}</TableCell>
            <TableCell align="right">{t('inquiries')}</TableCell>
            <TableCell align="right">{t('attachments')}</TableCell>
            <TableCell align="right">{t('cases')}</TableCell>
            <TableCell align="right">{t('breaches')}</TableCell>
            <TableCell align="right">{t('agreements')}</TableCell>
            <TableCell align="right">{t('auditPayloads')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id}>
              <TableCell>{formatDateTime(run.startedAt)}</TableCell>
              <TableCell>{run.trigger === 'daily' ? t('daily') : t('by', { name: run.by })}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={
                    run.state === 'done' ? t('done') : run.state === 'failed' ? t('stopped') : t('running')
                  }
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
  const t = useT('retention');
  const dispatch = useAppDispatch();
  const { data, error } = useRetentionPreviewQuery({});
  const [purge, { isLoading: purging, error: purgeError }] = usePurgeRetentionMutation();
  const [confirming, setConfirming] = useState(false);
  const due = data?.kinds.reduce((sum, kind) => sum + kind.due, 0) ?? 0;

  const purgeNow = async () => {
    const result = await purge({});
    setConfirming(false);
    if ('data' in result && result.data) dispatch(notice(t('purged'), 'success'));
  };

  return (
    <>
      <PageHeader
        title={t('screenTitle')}
        subtitle={t('subtitle')}
        actions={
          <Button
            variant="contained"
            color="error"
            startIcon={<AutoDeleteOutlinedIcon />}
            onClick={() => setConfirming(true)}
            disabled={!data || due === 0 || purging}
          >
            {purging ? t('purging') : t('purgeNow')}
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
            {t('purgeLog')}
          </Typography>
          <RunsTable runs={data.runs} />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('confirmTitle')}
        confirmLabel={t('confirm')}
        destructive
        busy={purging}
        onConfirm={() => void purgeNow()}
        onClose={() => setConfirming(false)}
      >
        {t('confirmText', { count: due })}
      </ConfirmDialog>
    </>
  );
}
