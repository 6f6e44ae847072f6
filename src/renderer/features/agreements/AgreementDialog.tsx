import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { type ReactNode, useState } from 'react';
import type { AgreementDetail, AgreementInput } from '../../../shared/agreements/contract';
import {
  agreementStatuses,
  agreementStatusLabels,
  type AgreementStatus,
  authorisationLabels,
  authorisationTypes,
  type AuthorisationType,
  commonDataSubjects,
  commonDataTypes,
  type CompanyRole,
  securityResultLabels,
  securityResults,
  type SecurityResult,
  specialCategories,
  specialCategoryLabels,
  type SpecialCategory,
} from '../../../shared/agreements/rules';
import { type CountryCode, countryCodes, countryName, isCountryCode } from '../../../shared/countries';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { useAttachmentsQuery } from '../attachments/attachmentsApi';
import { CalendarDateField } from '../../components/CalendarDateField';
import { OrganisationDialog } from '../organisations/OrganisationDialog';
import { useOrganisationsQuery } from '../organisations/organisationsApi';

const words = {
  addOrganisation: (name: string) => `Add “${name}” to the register…`,
};

/** An organisation of the register, or the option that adds a new one by the name typed. */
type OrganisationOption = { id: number; name: string } | { id: number; name: string; adding: string };
import { useSettingsQuery } from '../settings/settingsApi';
import { issuesOnFields } from './agreementUi';
import { useCreateAgreementMutation, useUpdateAgreementMutation } from './agreementsApi';

export interface AgreementFormValues {
  title: string;
  reference: string;
  companyRole: CompanyRole;
  organisationId: number | null;
  status: AgreementStatus;
  signedOn: string | null;
  effectiveOn: string | null;
  expiryOn: string | null;
  nextReviewOn: string | null;
  subjectMatter: string;
  duration: string;
  naturePurpose: string;
  dataTypes: string[];
  specialCategories: SpecialCategory[];
  dataSubjects: string[];
  locations: CountryCode[];
  breachNoticeHours: string;
  securityAssessedOn: string | null;
  securityResult: SecurityResult | '';
  securityNotes: string;
  securityEvidenceId: number | null;
  subprocessorAuthorisation: AuthorisationType | '';
  notes: string;
}

type Field = keyof AgreementFormValues;
const fieldNames = [
  'title',
  'reference',
  'companyRole',
  'organisationId',
  'status',
  'signedOn',
  'effectiveOn',
  'expiryOn',
  'nextReviewOn',
  'subjectMatter',
  'duration',
  'naturePurpose',
  'dataTypes',
  'specialCategories',
  'dataSubjects',
  'locations',
  'breachNoticeHours',
  'securityAssessedOn',
  'securityResult',
  'securityNotes',
  'securityEvidenceId',
  'subprocessorAuthorisation',
  'notes',
] as const satisfies readonly Field[];

export function emptyAgreementForm(
  companyRole: CompanyRole,
  organisationId: number | null,
): AgreementFormValues {
  return {
    title: '',
    reference: '',
    companyRole,
    organisationId,
    status: 'draft',
    signedOn: null,
    effectiveOn: null,
    expiryOn: null,
    nextReviewOn: null,
    subjectMatter: '',
    duration: '',
    naturePurpose: '',
    dataTypes: [],
    specialCategories: [],
    dataSubjects: [],
    locations: ['NO'],
    breachNoticeHours: '',
    securityAssessedOn: null,
    securityResult: '',
    securityNotes: '',
    securityEvidenceId: null,
    subprocessorAuthorisation: '',
    notes: '',
  };
}

function formFrom(detail: AgreementDetail): AgreementFormValues {
  return {
    title: detail.title,
    reference: detail.reference,
    companyRole: detail.companyRole,
    organisationId: detail.organisation.id,
    status: detail.status,
    signedOn: detail.signedOn,
    effectiveOn: detail.effectiveOn,
    expiryOn: detail.expiryOn,
    nextReviewOn: detail.nextReviewOn,
    subjectMatter: detail.subjectMatter ?? '',
    duration: detail.duration ?? '',
    naturePurpose: detail.naturePurpose ?? '',
    dataTypes: detail.dataTypes,
    specialCategories: detail.specialCategories,
    dataSubjects: detail.dataSubjects,
    locations: detail.locations.filter(isCountryCode),
    breachNoticeHours: detail.breachNoticeHours === null ? '' : String(detail.breachNoticeHours),
    securityAssessedOn: detail.security.assessedOn,
    securityResult: detail.security.result ?? '',
    securityNotes: detail.security.notes ?? '',
    securityEvidenceId: detail.security.evidence?.id ?? null,
    subprocessorAuthorisation: detail.subprocessorAuthorisation ?? '',
    notes: detail.notes ?? '',
  };
}

function toInput(values: AgreementFormValues): AgreementInput {
  return {
    ...values,
    reference: values.reference,
    breachNoticeHours: values.breachNoticeHours.trim() === '' ? null : Number(values.breachNoticeHours),
    securityResult: values.securityResult || null,
    subprocessorAuthorisation: values.subprocessorAuthorisation || null,
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Grid size={12}>
        <Typography variant="subtitle2" component="h3" color="primary" sx={{ mt: 1 }}>
          {title}
        </Typography>
      </Grid>
      {children}
    </>
  );
}

/** A list of free words with suggestions: type and press Enter to add one. */
export function WordList({
  label,
  value,
  options,
  onChange,
  error,
  helperText,
}: {
  label: string;
  value: string[];
  options: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  helperText: string;
}) {
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={[...options]}
      value={value}
      onChange={(_event, next) => onChange(next.map((item) => item.trim()).filter(Boolean))}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} size="small" label={item} {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={label} error={!!error} helperText={error ?? helperText} />
      )}
    />
  );
}

const countryOptions = [...countryCodes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));

/** Registers an agreement or edits one (termination has its own dialog). Mount it only while open. */
export function AgreementDialog({
  detail,
  initial,
  onClose,
  onSaved,
}: {
  detail: AgreementDetail | null;
  initial?: AgreementFormValues;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const dispatch = useAppDispatch();
  const [create, { isLoading: creating }] = useCreateAgreementMutation();
  const [update, { isLoading: updating }] = useUpdateAgreementMutation();
  const [values, setValues] = useState<AgreementFormValues>(() =>
    detail ? formFrom(detail) : (initial ?? emptyAgreementForm('controller', null)),
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const { data: settings } = useSettingsQuery({});
  const { data: organisations } = useOrganisationsQuery({
    kind: values.companyRole === 'controller' ? 'supplier' : 'customer',
    includeInactive: false,
  });
  const { data: documents } = useAttachmentsQuery(
    { ownerType: 'agreement', ownerId: detail?.id ?? 0 },
    { skip: !detail },
  );
  const set = <K extends Field>(key: K, value: AgreementFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const [addingOrganisation, setAddingOrganisation] = useState<string | null>(null);
  const terminated = detail?.status === 'terminated';
  const organisation =
    (organisations ?? []).find((candidate) => candidate.id === values.organisationId) ?? null;
  const ourRole = values.companyRole === 'controller' ? 'controller' : 'processor';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = toInput(values);
    const result = detail ? await update({ id: detail.id, changes: input }) : await create(input);
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const prefix = detail ? 'changes.' : '';
      const { fields, rest } = issuesOnFields(apiError.issues, fieldNames, prefix);
      setErrors(fields);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    if (!result.data) return;
    dispatch(
      notice(
        detail
          ? `${result.data.reference} was saved.`
          : `${result.data.reference} was added to the register.`,
      ),
    );
    if (onSaved) onSaved(result.data.id);
    else onClose();
  };

  const date = (
    key: 'signedOn' | 'effectiveOn' | 'expiryOn' | 'nextReviewOn' | 'securityAssessedOn',
    label: string,
    help?: string,
  ) => (
    <CalendarDateField
      label={label}
      value={values[key]}
      onChange={(value) => set(key, value)}
      error={!!errors[key]}
      helperText={errors[key] ?? help}
    />
  );

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="agreement-dialog-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="agreement-dialog-title">
          {detail ? `Edit ${detail.reference}` : 'New data processing agreement'}
        </DialogTitle>
        <DialogContent dividers>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Section title="The parties">
              <Grid size={12}>
                <FormControl component="fieldset" error={!!errors.companyRole} disabled={!!detail}>
                  <FormLabel component="legend">Direction</FormLabel>
                  <RadioGroup
                    row
                    value={values.companyRole}
                    onChange={(event) => {
                      set('companyRole', event.target.value as CompanyRole);
                      set('organisationId', null);
                    }}
                  >
                    <FormControlLabel
                      value="controller"
                      control={<Radio />}
                      label="Supplier agreement: we are controller, the supplier processes for us"
                    />
                    <FormControlLabel
                      value="processor"
                      control={<Radio />}
                      label="Customer agreement: we process for the customer"
                    />
                  </RadioGroup>
                  {errors.companyRole && <FormHelperText>{errors.companyRole}</FormHelperText>}
                </FormControl>
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Autocomplete<OrganisationOption>
                  options={organisations ?? []}
                  value={organisation}
                  onChange={(_event, picked) => {
                    if (picked && 'adding' in picked) setAddingOrganisation(picked.adding);
                    else set('organisationId', picked?.id ?? null);
                  }}
                  // A name not in the register yet: the last option adds it, so the agreement never
                  // dead-ends at "No options".
                  filterOptions={(options, state) => {
                    const typed = state.inputValue.trim();
                    const wanted = typed.toLocaleLowerCase('nb');
                    const shown = options.filter((option) =>
                      option.name.toLocaleLowerCase('nb').includes(wanted),
                    );
                    const exact = shown.some((option) => option.name.toLocaleLowerCase('nb') === wanted);
                    return typed && !exact
                      ? [...shown, { id: -1, name: words.addOrganisation(typed), adding: typed }]
                      : shown;
                  }}
                  getOptionLabel={(option) => option.name}
                  isOptionEqualToValue={(option, picked) => option.id === picked.id}
                  autoHighlight
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={values.companyRole === 'controller' ? 'Supplier' : 'Customer'}
                      error={!!errors.organisationId}
                      helperText={
                        errors.organisationId ??
                        `We Assist AS is ${ourRole}; the ${values.companyRole === 'controller' ? 'supplier is processor' : 'customer is controller'}`
                      }
                    />
                  )}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label="Title"
                  autoFocus={!detail}
                  value={values.title}
                  onChange={(event) => set('title', event.target.value)}
                  error={!!errors.title}
                  helperText={errors.title ?? 'E.g. Hosting of the telephony platform'}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  label="Reference"
                  value={values.reference}
                  onChange={(event) => set('reference', event.target.value)}
                  error={!!errors.reference}
                  helperText={errors.reference ?? (detail ? undefined : 'Left empty: DPA-year-number')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  select
                  label="Status"
                  value={values.status}
                  disabled={terminated}
                  onChange={(event) => set('status', event.target.value as AgreementStatus)}
                  error={!!errors.status}
                  helperText={
                    errors.status ?? (terminated ? 'Terminated agreements stay terminated' : undefined)
                  }
                >
                  {agreementStatuses
                    .filter((status) => status !== 'terminated' || terminated)
                    .map((status) => (
                      <MenuItem key={status} value={status}>
                        {agreementStatusLabels[status]}
                      </MenuItem>
                    ))}
                </TextField>
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  select
                  label="Sub-processors"
                  value={values.subprocessorAuthorisation}
                  onChange={(event) =>
                    set('subprocessorAuthorisation', event.target.value as AuthorisationType | '')
                  }
                  error={!!errors.subprocessorAuthorisation}
                  helperText={errors.subprocessorAuthorisation ?? 'The authorisation of Art. 28(2)'}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">Not stated</MenuItem>
                  {authorisationTypes.map((type) => (
                    <MenuItem key={type} value={type}>
                      {authorisationLabels[type]}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            </Section>
            <Section title="Dates">
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>{date('signedOn', 'Signed')}</Grid>
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>{date('effectiveOn', 'Effective from')}</Grid>
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                {date('expiryOn', 'Expires', 'Empty: until terminated')}
              </Grid>
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                {date(
                  'nextReviewOn',
                  'Next review',
                  `Empty: ${settings?.agreementReviewMonths ?? 12} months after the effective date`,
                )}
              </Grid>
            </Section>
            <Section title="The processing (Art. 28(3))">
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label="Subject matter"
                  multiline
                  minRows={2}
                  value={values.subjectMatter}
                  onChange={(event) => set('subjectMatter', event.target.value)}
                  error={!!errors.subjectMatter}
                  helperText={errors.subjectMatter}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label="Nature and purpose"
                  multiline
                  minRows={2}
                  value={values.naturePurpose}
                  onChange={(event) => set('naturePurpose', event.target.value)}
                  error={!!errors.naturePurpose}
                  helperText={errors.naturePurpose}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label="Duration"
                  value={values.duration}
                  onChange={(event) => set('duration', event.target.value)}
                  error={!!errors.duration}
                  helperText={errors.duration ?? 'E.g. until the main agreement ends'}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField
                  label="Breach notice (hours)"
                  value={values.breachNoticeHours}
                  inputMode="numeric"
                  onChange={(event) => set('breachNoticeHours', event.target.value.replace(/[^\d]/g, ''))}
                  error={!!errors.breachNoticeHours}
                  helperText={
                    errors.breachNoticeHours ??
                    'Within how many hours the processor tells the controller of a breach; empty: "without undue delay"'
                  }
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <WordList
                  label="Types of personal data"
                  value={values.dataTypes}
                  options={commonDataTypes}
                  onChange={(list) => set('dataTypes', list)}
                  error={errors.dataTypes}
                  helperText="Pick or type, then Enter"
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <WordList
                  label="Categories of data subjects"
                  value={values.dataSubjects}
                  options={commonDataSubjects}
                  onChange={(list) => set('dataSubjects', list)}
                  error={errors.dataSubjects}
                  helperText="Whose data it is"
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Autocomplete
                  multiple
                  options={[...specialCategories]}
                  value={values.specialCategories}
                  onChange={(_event, list) => set('specialCategories', list)}
                  getOptionLabel={(category) => specialCategoryLabels[category]}
                  renderValue={(items, getItemProps) =>
                    items.map((item, index) => {
                      const { key, ...props } = getItemProps({ index });
                      return (
                        <Chip
                          key={key}
                          size="small"
                          color="warning"
                          label={specialCategoryLabels[item]}
                          {...props}
                        />
                      );
                    })
                  }
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label="Special categories (Art. 9 and 10)"
                      error={!!errors.specialCategories}
                      helperText={errors.specialCategories ?? 'Flagged on the agreement and in the register'}
                    />
                  )}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Autocomplete
                  multiple
                  options={countryOptions}
                  value={values.locations}
                  onChange={(_event, list) => set('locations', list)}
                  getOptionLabel={(code) => countryName(code)}
                  autoHighlight
                  renderOption={({ key, ...props }, code) => (
                    <Box
                      component="li"
                      key={key}
                      {...props}
                      sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
                    >
                      <span>{countryName(code)}</span>
                      <TransferStatusChip country={code} />
                    </Box>
                  )}
                  renderValue={(items, getItemProps) =>
                    items.map((item, index) => {
                      const { key, ...props } = getItemProps({ index });
                      return <Chip key={key} size="small" label={countryName(item)} {...props} />;
                    })
                  }
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label="Processing locations"
                      error={!!errors.locations}
                      helperText={errors.locations ?? 'Countries where the data is stored or accessed'}
                    />
                  )}
                />
              </Grid>
            </Section>
            <Section title="The processor's security (at least our level)">
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>{date('securityAssessedOn', 'Assessed on')}</Grid>
              <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                <TextField
                  select
                  label="Result"
                  value={values.securityResult}
                  onChange={(event) => set('securityResult', event.target.value as SecurityResult | '')}
                  error={!!errors.securityResult}
                  helperText={errors.securityResult}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">Not assessed</MenuItem>
                  {securityResults.map((result) => (
                    <MenuItem key={result} value={result}>
                      {securityResultLabels[result]}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid size={{ xs: 12, md: 5 }}>
                <TextField
                  select
                  label="Evidence document"
                  value={values.securityEvidenceId === null ? '' : String(values.securityEvidenceId)}
                  disabled={!detail}
                  onChange={(event) =>
                    set('securityEvidenceId', event.target.value ? Number(event.target.value) : null)
                  }
                  error={!!errors.securityEvidenceId}
                  helperText={
                    errors.securityEvidenceId ??
                    (detail ? 'One of the agreement’s documents' : 'Attach documents first, then choose one')
                  }
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">None</MenuItem>
                  {(documents ?? []).map((document) => (
                    <MenuItem key={document.id} value={String(document.id)}>
                      {document.fileName}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid size={12}>
                <TextField
                  label="Notes on the assessment"
                  value={values.securityNotes}
                  onChange={(event) => set('securityNotes', event.target.value)}
                  error={!!errors.securityNotes}
                  helperText={
                    errors.securityNotes ?? 'E.g. ISO 27001 certificate and penetration test reviewed'
                  }
                />
              </Grid>
            </Section>
            <Grid size={12}>
              <TextField
                label="Notes"
                multiline
                minRows={2}
                value={values.notes}
                onChange={(event) => set('notes', event.target.value)}
                error={!!errors.notes}
                helperText={errors.notes}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={creating || updating}>
            {detail ? 'Save changes' : 'Register agreement'}
          </Button>
        </DialogActions>
      </form>
      {addingOrganisation !== null && (
        <OrganisationDialog
          organisation={null}
          initial={{
            name: addingOrganisation,
            isCustomer: values.companyRole === 'processor',
            isSupplier: values.companyRole === 'controller',
          }}
          onSaved={(saved) => set('organisationId', saved.id)}
          onClose={() => setAddingOrganisation(null)}
        />
      )}
    </Dialog>
  );
}
