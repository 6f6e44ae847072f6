import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useState } from 'react';
import type { AgreementDetail, Transfer } from '../../../shared/agreements/contract';
import {
  checkTransfer,
  type Derogation,
  derogationLabels,
  derogations,
  directionsFor,
  endedStatuses,
  sccModuleFor,
  sccModuleLabels,
  sccModules,
  type SccModule,
  transferBasisLabels,
  transferBases,
  type TransferBasis,
  transferDirectionLabels,
  type TransferDirection,
} from '../../../shared/agreements/rules';
import {
  adequacyDecisions,
  type CountryCode,
  countryName,
  isCountryCode,
  transferStatus,
} from '../../../shared/countries';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { CountrySelect, TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import {
  useAddTransferMutation,
  useRemoveTransferMutation,
  useRestoreTransferMutation,
  useUpdateTransferMutation,
} from './agreementsApi';
import { FormDialog } from './FormDialog';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

type TransferField =
  | 'importer'
  | 'country'
  | 'basis'
  | 'sccModule'
  | 'direction'
  | 'derogation'
  | 'occasional'
  | 'adequacyConfirmed'
  | 'tiaDone'
  | 'tiaOn'
  | 'nextReviewOn';

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

function TransferDialog({
  detail,
  existing,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  existing: Transfer | null;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddTransferMutation();
  const [update] = useUpdateTransferMutation();
  const [importer, setImporter] = useState(
    existing?.importer ?? (detail.companyRole === 'controller' ? detail.organisation.name : ''),
  );
  const [country, setCountry] = useState<CountryCode | null>(
    existing && isCountryCode(existing.country) ? existing.country : null,
  );
  const [basis, setBasis] = useState<TransferBasis>(existing?.basis ?? 'scc');
  const directions = directionsFor(detail.companyRole);
  const [direction, setDirection] = useState<TransferDirection>(existing?.direction ?? directions[0]);
  const [sccModule, setSccModule] = useState<number | null>(existing?.sccModule ?? sccModuleFor[direction]);
  const [derogation, setDerogation] = useState<Derogation | null>(existing?.derogation ?? null);
  const [occasional, setOccasional] = useState(existing?.occasional ?? false);
  const [adequacyConfirmed, setAdequacyConfirmed] = useState(existing?.adequacyConfirmed ?? false);
  const [tiaDone, setTiaDone] = useState(existing?.tiaDone ?? false);
  const [tiaOn, setTiaOn] = useState<string | null>(existing?.tiaOn ?? null);
  const [measures, setMeasures] = useState(existing?.supplementaryMeasures ?? '');
  const [nextReviewOn, setNextReviewOn] = useState<string | null>(existing?.nextReviewOn ?? null);
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<TransferField, string>>>({});
  const status = country ? transferStatus(country) : null;
  const check = country
    ? checkTransfer(
        {
          country,
          basis,
          sccModule: basis === 'scc' ? sccModule : null,
          derogation,
          direction,
          occasional,
          adequacyConfirmed,
          tiaDone,
          nextReviewOn,
          confirmedOn: today,
        },
        today,
      )
    : null;
  const transfer = {
    importer,
    country: country ?? ('' as CountryCode),
    basis,
    sccModule: basis === 'scc' ? sccModule : null,
    derogation: basis === 'derogation' ? derogation : null,
    direction,
    occasional,
    adequacyConfirmed,
    tiaDone,
    tiaOn: tiaDone ? tiaOn : null,
    supplementaryMeasures: measures,
    nextReviewOn,
    notes,
  };
  return (
    <FormDialog
      title={existing ? `Edit the transfer to ${existing.importer}` : 'Record a transfer outside the EEA'}
      submitLabel={existing ? 'Save transfer' : 'Record transfer'}
      fields={
        [
          'importer',
          'country',
          'basis',
          'sccModule',
          'direction',
          'derogation',
          'occasional',
          'adequacyConfirmed',
          'tiaDone',
          'tiaOn',
          'nextReviewOn',
        ] as const
      }
      prefix="transfer."
      setErrors={setErrors}
      success={existing ? 'The transfer was saved.' : 'The transfer was recorded.'}
      onClose={onClose}
      maxWidth="md"
      onSubmit={() =>
        existing
          ? update({ id: detail.id, transferId: existing.id, transfer })
          : add({ id: detail.id, transfer })
      }
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          label="Importer"
          value={importer}
          autoFocus
          onChange={(event) => setImporter(event.target.value)}
          error={!!errors.importer}
          helperText={errors.importer ?? 'Who receives the data outside the EEA'}
        />
        <Box sx={{ width: '100%' }}>
          <CountrySelect
            label="Country"
            value={country}
            onChange={(code) => setCountry(code && isCountryCode(code) ? code : null)}
            error={!!errors.country}
            helperText={
              errors.country ??
              (country && adequacyDecisions[country]?.note
                ? `Partial adequacy: ${adequacyDecisions[country]?.note}`
                : undefined)
            }
          />
        </Box>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label="Who exports to whom"
          value={direction}
          onChange={(event) => {
            const next = event.target.value as TransferDirection;
            setDirection(next);
            setSccModule(sccModuleFor[next]);
          }}
          error={!!errors.direction}
          helperText={errors.direction ?? 'The module of the standard contractual clauses follows from it'}
        >
          {directions.map((value) => (
            <MenuItem key={value} value={value}>
              {transferDirectionLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Transfer basis"
          value={basis}
          onChange={(event) => setBasis(event.target.value as TransferBasis)}
          error={!!errors.basis}
          helperText={errors.basis}
        >
          {transferBases.map((value) => (
            <MenuItem key={value} value={value}>
              {transferBasisLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        {basis === 'scc' && (
          <TextField
            select
            label="SCC module"
            value={sccModule === null ? '' : String(sccModule)}
            onChange={(event) => setSccModule(event.target.value ? Number(event.target.value) : null)}
            error={!!errors.sccModule}
            helperText={
              errors.sccModule ?? `${transferDirectionLabels[direction]}: module ${sccModuleFor[direction]}`
            }
          >
            {sccModules.map((value) => (
              <MenuItem key={value} value={String(value)}>
                {sccModuleLabels[value]}
              </MenuItem>
            ))}
          </TextField>
        )}
        {basis === 'derogation' && (
          <TextField
            select
            label="Which derogation"
            value={derogation ?? ''}
            onChange={(event) => setDerogation((event.target.value || null) as Derogation | null)}
            error={!!errors.derogation}
            helperText={errors.derogation}
          >
            {derogations.map((value) => (
              <MenuItem key={value} value={value}>
                {derogationLabels[value]}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {basis === 'derogation' && (
        <FormControlLabel
          control={
            <Checkbox checked={occasional} onChange={(event) => setOccasional(event.target.checked)} />
          }
          label="An occasional transfer, not a regular or repeated one (only such can rest on Art. 49)"
        />
      )}
      {errors.occasional && (
        <Typography variant="caption" color="error">
          {errors.occasional}
        </Typography>
      )}
      {basis === 'adequacy' && status === 'partially-adequate' && (
        <FormControlLabel
          control={
            <Checkbox
              checked={adequacyConfirmed}
              onChange={(event) => setAdequacyConfirmed(event.target.checked)}
            />
          }
          label={`The importer is covered by the decision (${country ? adequacyDecisions[country]?.note : ''}); checked`}
        />
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="flex-start">
        <FormControlLabel
          sx={{ flexShrink: 0 }}
          control={<Checkbox checked={tiaDone} onChange={(event) => setTiaDone(event.target.checked)} />}
          label="Transfer impact assessment done"
        />
        {tiaDone && (
          <CalendarDateField
            label="Assessed on"
            value={tiaOn}
            onChange={setTiaOn}
            error={!!errors.tiaOn}
            helperText={errors.tiaOn}
          />
        )}
        <CalendarDateField
          label="Next review of the transfer"
          value={nextReviewOn}
          onChange={setNextReviewOn}
          error={!!errors.nextReviewOn}
          helperText={errors.nextReviewOn}
        />
      </Stack>
      <TextField
        label="Supplementary measures"
        multiline
        minRows={2}
        value={measures}
        onChange={(event) => setMeasures(event.target.value)}
        helperText="E.g. encryption with keys held in the EEA, pseudonymisation, access logging"
      />
      <TextField label="Notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
      {check && check.errors.length > 0 && (
        <Alert severity="error">
          <AlertTitle>Not a valid basis as recorded</AlertTitle>
          {check.errors.join(' ')}
        </Alert>
      )}
      {check && check.errors.length === 0 && check.warnings.length > 0 && (
        <Alert severity="warning">{check.warnings.join(' ')}</Alert>
      )}
    </FormDialog>
  );
}

export function TransfersPanel({ detail, today }: { detail: AgreementDetail; today: string }) {
  const dispatch = useAppDispatch();
  const editable = detail.canEdit && !endedStatuses.includes(detail.status);
  const [editing, setEditing] = useState<Transfer | 'new' | null>(null);
  const [remove] = useRemoveTransferMutation();
  const [restore] = useRestoreTransferMutation();
  const removeTransfer = async (transfer: Transfer) => {
    const result = await remove({ id: detail.id, transferId: transfer.id });
    if ('error' in result && result.error) {
      dispatch(notice((result.error as { message: string }).message, 'error'));
      return;
    }
    dispatch(
      notice(`The transfer to ${transfer.importer} was removed.`, 'success', {
        label: 'Undo',
        run: () => void restore({ id: detail.id, transferId: transfer.id }),
      }),
    );
  };
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
                      <Stack direction="row" spacing={1} alignItems="center">
                        <span>{countryName(transfer.country)}</span>
                        <TransferStatusChip country={transfer.country} />
                      </Stack>
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
                        <Tooltip title="Remove">
                          <IconButton
                            aria-label={`Remove the transfer to ${transfer.importer}`}
                            onClick={() => void removeTransfer(transfer)}
                          >
                            <DeleteOutlineIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
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
