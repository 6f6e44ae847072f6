import {
  Alert,
  AlertTitle,
  Box,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { AgreementDetail, Transfer } from '../../../shared/agreements/contract';
import {
  checkTransfer,
  type Derogation,
  derogationLabels,
  derogations,
  directionsFor,
  sccModuleFor,
  sccModuleLabels,
  sccModules,
  transferBasisLabels,
  transferBases,
  type TransferBasis,
  transferDirectionLabels,
  type TransferDirection,
} from '../../../shared/agreements/rules';
import {
  adequacyDecisions,
  type CountryCode,
  isCountryCode,
  transferStatus,
} from '../../../shared/countries';
import { CountrySelect } from '../../components/CountrySelect';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useAddTransferMutation, useUpdateTransferMutation } from './agreementsApi';
import { FormDialog } from './FormDialog';

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

export function TransferDialog({
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
