import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useState } from 'react';
import type { AgreementDetail, Transfer } from '../../../shared/agreements/contract';
import {
  derogationLabels,
  endedStatuses,
  sccModuleLabels,
  type SccModule,
  transferBasisLabels,
  transferDirectionLabels,
} from '../../../shared/agreements/rules';
import { countryName, transferStatus } from '../../../shared/countries';
import { TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { useRemoveTransferMutation, useRestoreTransferMutation } from './agreementsApi';
import { TransferDialog } from './TransferDialog';
import { CountryWithStatus, RemoveButton, titleProps, useRemoveWithUndo } from './panelParts';

function basisText(transfer: Transfer): string {
  if (transfer.basis === 'scc' && transfer.sccModule)
    return `SCC 2021/914, ${sccModuleLabels[transfer.sccModule as SccModule].toLowerCase()}`;
  if (transfer.basis === 'derogation' && transfer.derogation)
    return `Art. 49 derogation ${derogationLabels[transfer.derogation]}`;
  if (transfer.basis === 'adequacy' && transferStatus(transfer.country) === 'partially-adequate')
    return transfer.adequacyConfirmed
      ? 'Adequacy decision (importer covered)'
      : 'Adequacy decision (not confirmed)';
  return transferBasisLabels[transfer.basis];
}

export function TransfersPanel({ detail, today }: { detail: AgreementDetail; today: string }) {
  const editable = detail.canEdit && !endedStatuses.includes(detail.status);
  const [editing, setEditing] = useState<Transfer | 'new' | null>(null);
  const [remove] = useRemoveTransferMutation();
  const [restore] = useRestoreTransferMutation();
  const removeWithUndo = useRemoveWithUndo();
  return (
    <Stack spacing={2}>
      <Card>
        <CardHeader
          title="Where the data goes"
          subheader="Every processing location outside the EEA, including the countries of sub-processors the supplier declared, needs a valid basis under Chapter V."
          slotProps={titleProps}
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.transferProblems.length > 0 && (
            <Alert severity="error" sx={{ mb: 2 }} aria-label="Transfer problems">
              <AlertTitle>The transfer basis is lacking</AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {detail.transferProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </Box>
            </Alert>
          )}
          {detail.coverage.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              All processing locations are in the EEA (
              {detail.locations.map(countryName).join(', ') || 'none recorded'}): no transfer basis is needed.
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
                        ? 'covered by a recorded transfer'
                        : entry.coveredBy === 'adequacy'
                          ? faulty
                            ? 'covered by the adequacy decision; the transfer recorded below is lacking'
                            : 'covered by the adequacy decision'
                          : 'no valid basis'}
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
          title="Transfers outside the EEA"
          slotProps={titleProps}
          action={
            editable && (
              <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mr: 1, mt: 1 }}>
                Record transfer
              </Button>
            )
          }
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.transfers.length === 0 ? (
            <EmptyState title="No transfers recorded">
              Record each importer outside the EEA with its basis: an adequacy decision, the standard
              contractual clauses (with the module), binding corporate rules, or an Art. 49 derogation.
            </EmptyState>
          ) : (
            <Table size="small" aria-label="Transfers">
              <TableHead>
                <TableRow>
                  <TableCell>Importer</TableCell>
                  <TableCell>Country</TableCell>
                  <TableCell>Basis</TableCell>
                  <TableCell>Impact assessment</TableCell>
                  <TableCell>Supplementary measures</TableCell>
                  <TableCell>Next review</TableCell>
                  <TableCell>Check</TableCell>
                  {editable && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {detail.transfers.map((transfer) => (
                  <TableRow key={transfer.id}>
                    <TableCell>{transfer.importer}</TableCell>
                    <TableCell>
                      <CountryWithStatus country={transfer.country} />
                    </TableCell>
                    <TableCell>
                      {basisText(transfer)}
                      {transfer.adequacyDecision && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {transfer.adequacyDecision.reference},{' '}
                          {formatDate(transfer.adequacyDecision.adopted)}
                          {transfer.adequacyDecision.endsOn
                            ? `, until ${formatDate(transfer.adequacyDecision.endsOn)}`
                            : ''}
                        </Typography>
                      )}
                      {transfer.direction && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {transferDirectionLabels[transfer.direction]}
                          {transfer.basis === 'derogation' && transfer.occasional ? ', occasional' : ''}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {transfer.tiaDone ? `Done ${formatDate(transfer.tiaOn)}` : 'Not done'}
                    </TableCell>
                    <TableCell>{transfer.supplementaryMeasures ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {formatDate(transfer.nextReviewOn) || '—'}
                    </TableCell>
                    <TableCell>
                      {transfer.errors.length === 0 && transfer.warnings.length === 0 && (
                        <Typography variant="body2" color="success.main">
                          Valid basis
                        </Typography>
                      )}
                      {transfer.errors.map((text) => (
                        <Stack key={text} direction="row" spacing={0.5}>
                          <ErrorOutlineIcon fontSize="small" color="error" />
                          <Typography variant="body2">{text}</Typography>
                        </Stack>
                      ))}
                      {transfer.warnings.map((text) => (
                        <Stack key={text} direction="row" spacing={0.5}>
                          <WarningAmberOutlinedIcon fontSize="small" color="warning" />
                          <Typography variant="body2">{text}</Typography>
                        </Stack>
                      ))}
                    </TableCell>
                    {editable && (
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Tooltip title="Edit">
                          <IconButton
                            aria-label={`Edit the transfer to ${transfer.importer}`}
                            onClick={() => setEditing(transfer)}
                          >
                            <EditOutlinedIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                        <RemoveButton
                          name={`the transfer to ${transfer.importer}`}
                          onClick={() =>
                            void removeWithUndo(
                              remove({ id: detail.id, transferId: transfer.id }),
                              `The transfer to ${transfer.importer} was removed.`,
                              () => restore({ id: detail.id, transferId: transfer.id }),
                            )
                          }
                        />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
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
