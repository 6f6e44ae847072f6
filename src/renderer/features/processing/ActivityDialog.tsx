import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Chip,
  Divider,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  IconButton,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  commonDataSubjects,
  commonDataTypes,
  type Derogation,
  derogationLabels,
  derogations,
  sccModuleFor,
  specialCategories,
  specialCategoryLabels,
  type SpecialCategory,
  transferBasisLabels,
  transferBases,
  type TransferBasis,
  transferDirectionLabels,
  transferDirections,
  type TransferDirection,
} from '../../../shared/agreements/rules';
import { isCountryCode } from '../../../shared/countries';
import type { ActivityDetail, ActivityTransferInput } from '../../../shared/processing/contract';
import {
  activityRoleLabels,
  activityRoles,
  type ActivityRole,
  legalBases,
  legalBasisLabels,
  type LegalBasis,
} from '../../../shared/processing/rules';
import { CountrySelect } from '../../components/CountrySelect';
import { WordList } from '../agreements/AgreementDialog';
import { useOrganisationAgreementsQuery } from '../agreements/agreementsApi';
import { FormDialog } from '../agreements/FormDialog';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useCreateActivityMutation, useUpdateActivityMutation } from './processingApi';

const fields = [
  'role',
  'name',
  'purposes',
  'legalBases',
  'legalBasisNote',
  'dataSubjects',
  'dataCategories',
  'specialCategories',
  'recipients',
  'transfers',
  'retention',
  'securityMeasures',
  'customerId',
  'agreementId',
  'processingCategories',
  'notes',
] as const;
type Field = (typeof fields)[number];

type TransferDraft = {
  recipient: string;
  country: string | null;
  basis: TransferBasis;
  direction: TransferDirection;
  sccModule: number | null;
  derogation: Derogation | null;
  occasional: boolean;
  adequacyConfirmed: boolean;
  tiaDone: boolean;
  safeguards: string;
};

const newTransfer = (role: ActivityRole): TransferDraft => ({
  recipient: '',
  country: null,
  basis: 'scc',
  direction: role === 'controller' ? 'controller-processor' : 'processor-processor',
  sccModule: sccModuleFor[role === 'controller' ? 'controller-processor' : 'processor-processor'],
  derogation: null,
  occasional: false,
  adequacyConfirmed: false,
  tiaDone: false,
  safeguards: '',
});

function TransferEditor({
  value,
  index,
  onChange,
  onRemove,
}: {
  value: TransferDraft;
  index: number;
  onChange: (value: TransferDraft) => void;
  onRemove: () => void;
}) {
  const set = <K extends keyof TransferDraft>(key: K, next: TransferDraft[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} aria-label={`Transfer ${index + 1}`} role="group">
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            label="Recipient"
            value={value.recipient}
            onChange={(event) => set('recipient', event.target.value)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountrySelect
            label="Country"
            value={value.country}
            onChange={(code) => set('country', code && isCountryCode(code) ? code : null)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            label="Basis"
            value={value.basis}
            onChange={(event) => set('basis', event.target.value as TransferBasis)}
          >
            {transferBases.map((basis) => (
              <MenuItem key={basis} value={basis}>
                {transferBasisLabels[basis]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            label="Who exports to whom"
            value={value.direction}
            onChange={(event) => {
              const direction = event.target.value as TransferDirection;
              onChange({ ...value, direction, sccModule: sccModuleFor[direction] });
            }}
          >
            {transferDirections.map((direction) => (
              <MenuItem key={direction} value={direction}>
                {transferDirectionLabels[direction]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {value.basis === 'scc' && (
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              label="SCC module"
              value={value.sccModule ?? ''}
              slotProps={{ input: { readOnly: true } }}
              helperText="Follows from who exports to whom"
            />
          </Grid>
        )}
        {value.basis === 'derogation' && (
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              select
              label="Which derogation"
              value={value.derogation ?? ''}
              onChange={(event) => set('derogation', (event.target.value || null) as Derogation | null)}
            >
              {derogations.map((derogation) => (
                <MenuItem key={derogation} value={derogation}>
                  {derogationLabels[derogation]}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack>
            {(value.basis === 'scc' || value.basis === 'bcr') && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={value.tiaDone}
                    onChange={(event) => set('tiaDone', event.target.checked)}
                  />
                }
                label="Transfer impact assessment done"
              />
            )}
            {value.basis === 'derogation' && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={value.occasional}
                    onChange={(event) => set('occasional', event.target.checked)}
                  />
                }
                label="Occasional, not regular"
              />
            )}
            {value.basis === 'adequacy' && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={value.adequacyConfirmed}
                    onChange={(event) => set('adequacyConfirmed', event.target.checked)}
                  />
                }
                label="Importer covered (partial decisions)"
              />
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 10 }}>
          <TextField
            label="Safeguards and supplementary measures"
            value={value.safeguards}
            onChange={(event) => set('safeguards', event.target.value)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 2 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <IconButton aria-label={`Remove transfer ${index + 1}`} onClick={onRemove}>
            <DeleteOutlineIcon />
          </IconButton>
        </Grid>
      </Grid>
    </Paper>
  );
}

/** Records a processing activity or edits one; mount it only while open. */
export function ActivityDialog({ detail, onClose }: { detail: ActivityDetail | null; onClose: () => void }) {
  const navigate = useNavigate();
  const [create] = useCreateActivityMutation();
  const [update] = useUpdateActivityMutation();
  const created = useRef<number | null>(null);
  const [role, setRole] = useState<ActivityRole>(detail?.role ?? 'controller');
  const [name, setName] = useState(detail?.name ?? '');
  const [purposes, setPurposes] = useState(detail?.purposes ?? '');
  const [bases, setBases] = useState<LegalBasis[]>(detail?.legalBases ?? []);
  const [basisNote, setBasisNote] = useState(detail?.legalBasisNote ?? '');
  const [subjects, setSubjects] = useState<string[]>(detail?.dataSubjects ?? []);
  const [categories, setCategories] = useState<string[]>(detail?.dataCategories ?? []);
  const [special, setSpecial] = useState<SpecialCategory[]>(detail?.specialCategories ?? []);
  const [recipients, setRecipients] = useState<string[]>(detail?.recipients ?? []);
  const [transfers, setTransfers] = useState<TransferDraft[]>(
    (detail?.transfers ?? []).map((transfer) => ({
      ...transfer,
      safeguards: transfer.safeguards ?? '',
      country: transfer.country,
    })),
  );
  const [retention, setRetention] = useState(detail?.retention ?? '');
  const [security, setSecurity] = useState(detail?.securityMeasures ?? '');
  const [customerId, setCustomerId] = useState<number | null>(detail?.customer?.id ?? null);
  const [agreementId, setAgreementId] = useState<number | null>(detail?.agreement?.id ?? null);
  const [processingCategories, setProcessingCategories] = useState(detail?.processingCategories ?? '');
  const [notes, setNotes] = useState(detail?.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { data: customers } = useOrganisationsQuery({ kind: 'customer', includeInactive: false });
  const { data: agreements } = useOrganisationAgreementsQuery(
    { organisationId: customerId ?? 0 },
    { skip: customerId === null },
  );
  const processor = role === 'processor';
  const customer = customers?.find((candidate) => candidate.id === customerId) ?? null;

  const input = {
    role,
    name,
    purposes,
    legalBases: bases,
    legalBasisNote: basisNote,
    dataSubjects: subjects,
    dataCategories: categories,
    specialCategories: special,
    recipients,
    transfers: transfers.map((transfer): ActivityTransferInput => ({
      recipient: transfer.recipient,
      country: (transfer.country ?? '') as ActivityTransferInput['country'],
      basis: transfer.basis,
      direction: transfer.direction,
      sccModule: transfer.basis === 'scc' ? transfer.sccModule : null,
      derogation: transfer.basis === 'derogation' ? transfer.derogation : null,
      occasional: transfer.occasional,
      adequacyConfirmed: transfer.adequacyConfirmed,
      tiaDone: transfer.tiaDone,
      safeguards: transfer.safeguards,
    })),
    retention,
    securityMeasures: security,
    customerId: processor ? customerId : null,
    agreementId: processor ? agreementId : null,
    processingCategories,
    notes,
  };

  return (
    <FormDialog
      title={detail ? `Edit ${detail.reference} ${detail.name}` : 'Add a processing activity'}
      submitLabel={detail ? 'Save' : 'Add'}
      fields={fields}
      setErrors={setErrors}
      success={detail ? `${detail.reference} was saved.` : 'The processing was added to the record.'}
      onClose={() => {
        onClose();
        if (created.current !== null) void navigate(`/registers/processing/${created.current}`);
      }}
      maxWidth="md"
      onSubmit={async () => {
        if (detail) return update({ id: detail.id, changes: input });
        const result = await create(input);
        if ('data' in result && result.data) created.current = result.data.id;
        return result;
      }}
    >
      {!detail && (
        <FormControl error={!!errors.role}>
          <FormLabel>Whose processing</FormLabel>
          <RadioGroup row value={role} onChange={(event) => setRole(event.target.value as ActivityRole)}>
            {activityRoles.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio />}
                label={activityRoleLabels[value]}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      <TextField
        label="Name of the processing"
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={!!errors.name}
        helperText={errors.name ?? 'E.g. Inquiries by phone and e-mail'}
      />
      {processor && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Autocomplete
            sx={{ width: '100%' }}
            options={customers ?? []}
            value={customer}
            onChange={(_event, picked) => {
              setCustomerId(picked?.id ?? null);
              setAgreementId(null);
            }}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, picked) => option.id === picked.id}
            renderInput={(params) => (
              <TextField
                {...params}
                label="Customer (the controller)"
                error={!!errors.customerId}
                helperText={errors.customerId ?? 'Art. 30(2)(a)'}
              />
            )}
          />
          <TextField
            select
            label="Customer agreement"
            value={agreementId ?? ''}
            onChange={(event) => setAgreementId(event.target.value ? Number(event.target.value) : null)}
            disabled={customerId === null}
            error={!!errors.agreementId}
            helperText={errors.agreementId ?? 'Our agreement with the customer in the register'}
          >
            <MenuItem value="">None</MenuItem>
            {(agreements?.asCustomer ?? []).map((agreement) => (
              <MenuItem key={agreement.id} value={agreement.id}>
                {agreement.reference} {agreement.title}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {processor && (
        <TextField
          label="Categories of processing carried out for the customer"
          multiline
          minRows={2}
          value={processingCategories}
          onChange={(event) => setProcessingCategories(event.target.value)}
          error={!!errors.processingCategories}
          helperText={errors.processingCategories ?? 'Art. 30(2)(b)'}
        />
      )}
      <TextField
        label="Purposes"
        multiline
        minRows={2}
        value={purposes}
        onChange={(event) => setPurposes(event.target.value)}
        error={!!errors.purposes}
        helperText={errors.purposes ?? (processor ? 'As the customer instructs' : 'Art. 30(1)(b)')}
      />
      {!processor && (
        <FormControl error={!!errors.legalBases} component="fieldset">
          <FormLabel component="legend">Legal basis (Art. 6(1))</FormLabel>
          <FormGroup row>
            {legalBases.map((basis) => (
              <FormControlLabel
                key={basis}
                control={
                  <Checkbox
                    size="small"
                    checked={bases.includes(basis)}
                    onChange={(event) =>
                      setBases((current) =>
                        event.target.checked ? [...current, basis] : current.filter((key) => key !== basis),
                      )
                    }
                  />
                }
                label={legalBasisLabels[basis]}
              />
            ))}
          </FormGroup>
          {errors.legalBases && <FormHelperText>{errors.legalBases}</FormHelperText>}
          <TextField
            sx={{ mt: 1 }}
            label="Note on the legal basis"
            value={basisNote}
            onChange={(event) => setBasisNote(event.target.value)}
          />
        </FormControl>
      )}
      <WordList
        label="Categories of people"
        value={subjects}
        options={commonDataSubjects}
        onChange={setSubjects}
        error={errors.dataSubjects}
        helperText="Type and press Enter; Art. 30(1)(c)"
      />
      <WordList
        label="Categories of personal data"
        value={categories}
        options={commonDataTypes}
        onChange={setCategories}
        error={errors.dataCategories}
        helperText="Type and press Enter"
      />
      <Autocomplete
        multiple
        options={[...specialCategories]}
        value={special}
        onChange={(_event, next) => setSpecial(next)}
        getOptionLabel={(option) => specialCategoryLabels[option]}
        renderValue={(items, getItemProps) =>
          items.map((item, index) => {
            const { key, ...props } = getItemProps({ index });
            return (
              <Chip
                key={key}
                size="small"
                color="error"
                variant="outlined"
                label={specialCategoryLabels[item]}
                {...props}
              />
            );
          })
        }
        renderInput={(params) => (
          <TextField
            {...params}
            label="Special categories (Art. 9-10)"
            helperText="Only where they are processed"
          />
        )}
      />
      {!processor && (
        <WordList
          label="Categories of recipients"
          value={recipients}
          options={[
            'Suppliers who process the data for us under a data processing agreement (Art. 28)',
            'Public authorities, when the law requires disclosure',
          ]}
          onChange={setRecipients}
          error={errors.recipients}
          helperText="Art. 30(1)(d), third countries included"
        />
      )}
      <Box>
        <Divider sx={{ mb: 1.5 }} />
        <Typography variant="subtitle2" component="h3">
          Transfers outside the EEA
        </Typography>
        {errors.transfers && (
          <Alert severity="error" sx={{ my: 1 }}>
            {errors.transfers}
          </Alert>
        )}
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {transfers.map((transfer, index) => (
            <TransferEditor
              key={index}
              index={index}
              value={transfer}
              onChange={(next) =>
                setTransfers((current) => current.map((entry, at) => (at === index ? next : entry)))
              }
              onRemove={() => setTransfers((current) => current.filter((_entry, at) => at !== index))}
            />
          ))}
          <Box>
            <Button
              startIcon={<AddIcon />}
              onClick={() => setTransfers((current) => [...current, newTransfer(role)])}
            >
              Add a transfer
            </Button>
          </Box>
        </Stack>
      </Box>
      {!processor && (
        <TextField
          label="Time limits for erasure"
          multiline
          minRows={2}
          value={retention}
          onChange={(event) => setRetention(event.target.value)}
          error={!!errors.retention}
          helperText={errors.retention ?? 'Art. 30(1)(f)'}
        />
      )}
      <TextField
        label="Security measures"
        multiline
        minRows={2}
        value={security}
        onChange={(event) => setSecurity(event.target.value)}
        error={!!errors.securityMeasures}
        helperText={errors.securityMeasures ?? 'A general description (Art. 30(1)(g), 30(2)(d))'}
      />
      <TextField label="Notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
    </FormDialog>
  );
}
