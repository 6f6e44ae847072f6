import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  Stack,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useState } from 'react';
import type { AgreementDetail, Transfer } from '../../../shared/agreements/contract';
import { endedStatuses, type SccModule } from '../../../shared/agreements/rules';
import { countryName, transferStatus } from '../../../shared/countries';
import { TransferStatusChip } from '../../components/CountrySelect';
import { useLabels, useSay, useT } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { useRemoveTransferMutation, useRestoreTransferMutation } from './agreementsApi';
import { TransferDialog } from './TransferDialog';
import { CardAddButton, CountryWithStatus, RemoveRowButton, titleProps } from './panelParts';
import { RecordTable } from '../../components/RecordTable';

function useBasisText(): (transfer: Transfer) => string {
  const t = useT('agreementPanels');
  const sccModuleLabels = useLabels('sccModule');
  const derogationLabels = useLabels('derogation');
  const transferBasisLabels = useLabels('transferBasis');
  return (transfer) => {
    if (transfer.basis === 'scc' && transfer.sccModule)
      return t('basisScc', { module: sccModuleLabels[transfer.sccModule as SccModule].toLowerCase() });
    if (transfer.basis === 'derogation' && transfer.derogation)
      return t('basisDerogation', { derogation: derogationLabels[transfer.derogation] });
    if (transfer.basis === 'adequacy' && transferStatus(transfer.country) === 'partially-adequate')
      return transfer.adequacyConfirmed ? t('adequacyCovered') : t('adequacyNotConfirmed');
    return transferBasisLabels[transfer.basis];
  };
}

export function TransfersPanel({ detail, today }: { detail: AgreementDetail; today: string }) {
  const editable = detail.canEdit && !endedStatuses.includes(detail.status);
  const [editing, setEditing] = useState<Transfer | 'new' | null>(null);
  const [remove] = useRemoveTransferMutation();
  const [restore] = useRestoreTransferMutation();
  const t = useT('agreementPanels');
  const say = useSay();
  const basisText = useBasisText();
  const transferDirectionLabels = useLabels('transferDirection');
  return (
    <Stack spacing={2}>
      <Card>
        <CardHeader
          title={t('whereDataGoes')}
          subheader={t('whereDataGoesSubheader')}
          slotProps={titleProps}
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.transferProblems.length > 0 && (
            <Alert severity="error" sx={{ mb: 2 }} aria-label={t('transferProblems')}>
              <AlertTitle>{t('basisLacking')}</AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {detail.transferProblemTexts.map(say).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </Box>
            </Alert>
          )}
          {detail.coverage.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('allInEea', {
                countries: detail.locations.map(countryName).join(', ') || t('noneRecorded'),
              })}
            </Typography>
          ) : (
            <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap">
              {detail.coverage.map((entry) => {
                // A recorded transfer to the country that is itself faulty is said here too, so the
                // summary never ticks what a row below calls lacking.
                const faulty =
                  entry.coveredBy !== 'transfer' &&
                  detail.transfers.some(
                    (transfer) => transfer.country === entry.country && transfer.errors.length > 0,
                  );
                return (
                  <Stack key={entry.country} direction="row" spacing={1} alignItems="center">
                    {entry.coveredBy && !faulty ? (
                      <CheckCircleOutlineIcon color="success" fontSize="small" />
                    ) : entry.coveredBy ? (
                      <WarningAmberOutlinedIcon color="warning" fontSize="small" />
                    ) : (
                      <ErrorOutlineIcon color="error" fontSize="small" />
                    )}
                    <Typography variant="body2">
                      {countryName(entry.country)}:{' '}
                      {entry.coveredBy === 'transfer'
                        ? t('coveredByTransfer')
                        : entry.coveredBy === 'adequacy'
                          ? faulty
                            ? t('coveredByAdequacyFaulty')
                            : t('coveredByAdequacy')
                          : t('noValidBasis')}
                    </Typography>
                    <TransferStatusChip country={entry.country} />
                  </Stack>
                );
              })}
            </Stack>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader
          title={t('transfersTitle')}
          slotProps={titleProps}
          action={editable && <CardAddButton label={t('recordTransfer')} onClick={() => setEditing('new')} />}
        />
        <CardContent sx={{ pt: 0 }}>
          <RecordTable
            label={t('transfersTable')}
            headings={[
              t('colImporter'),
              t('colCountry'),
              t('colBasis'),
              t('colImpactAssessment'),
              t('colSupplementary'),
              t('colNextReview'),
              t('colCheck'),
            ]}
            editable={editable}
            rows={detail.transfers}
            empty={<EmptyState title={t('noTransfers')}>{t('noTransfersHint')}</EmptyState>}
          >
            {(transfer) => (
              <TableRow key={transfer.id}>
                <TableCell>{transfer.importer}</TableCell>
                <TableCell>
                  <CountryWithStatus country={transfer.country} />
                </TableCell>
                <TableCell>
                  {basisText(transfer)}
                  {transfer.adequacyDecision && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {transfer.adequacyDecision.reference}, {formatDate(transfer.adequacyDecision.adopted)}
                      {transfer.adequacyDecision.endsOn
                        ? t('adequacyUntil', { date: formatDate(transfer.adequacyDecision.endsOn) })
                        : ''}
                    </Typography>
                  )}
                  {transfer.direction && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {transferDirectionLabels[transfer.direction]}
                      {transfer.basis === 'derogation' && transfer.occasional ? t('occasionalSuffix') : ''}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {transfer.tiaDone ? t('tiaDoneOn', { date: formatDate(transfer.tiaOn) }) : t('tiaNotDone')}
                </TableCell>
                <TableCell>{transfer.supplementaryMeasures ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatDate(transfer.nextReviewOn) || '—'}
                </TableCell>
                <TableCell>
                  {transfer.errors.length === 0 && transfer.warnings.length === 0 && (
                    <Typography variant="body2" color="success.main">
                      {t('validBasis')}
                    </Typography>
                  )}
                  {transfer.errorTexts.map(say).map((text) => (
                    <Stack key={text} direction="row" spacing={0.5}>
                      <ErrorOutlineIcon fontSize="small" color="error" />
                      <Typography variant="body2">{text}</Typography>
                    </Stack>
                  ))}
                  {transfer.warningTexts.map(say).map((text) => (
                    <Stack key={text} direction="row" spacing={0.5}>
                      <WarningAmberOutlinedIcon fontSize="small" color="warning" />
                      <Typography variant="body2">{text}</Typography>
                    </Stack>
                  ))}
                </TableCell>
                {editable && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('edit')}>
                      <IconButton
                        aria-label={t('editTransfer', { importer: transfer.importer })}
                        onClick={() => setEditing(transfer)}
                      >
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <RemoveRowButton
                      name={t('theTransferTo', { importer: transfer.importer })}
                      message={t('transferRemoved', { importer: transfer.importer })}
                      remove={() => remove({ id: detail.id, transferId: transfer.id })}
                      restore={() => restore({ id: detail.id, transferId: transfer.id })}
                    />
                  </TableCell>
                )}
              </TableRow>
            )}
          </RecordTable>
        </CardContent>
      </Card>
      {editing && (
        <TransferDialog
          detail={detail}
          existing={editing === 'new' ? null : editing}
          today={today}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
