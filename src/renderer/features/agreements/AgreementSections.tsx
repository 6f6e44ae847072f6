import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  agreementStatuses,
  agreementStatusLabels,
  authorisationLabels,
  authorisationTypes,
  commonDataSubjects,
  commonDataTypes,
  companyRoles,
  securityResultLabels,
  securityResults,
} from '../../../shared/agreements/rules';
import { EnumSelect, FormDateField, FormTextField } from '../../components/form';
import { FormNumberField } from '../../components/form/FormNumberField';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useAttachmentsQuery } from '../attachments/attachmentsApi';
import { OrganisationField } from '../organisations/OrganisationField';
import { useSettingsQuery } from '../settings/settingsApi';
import type { AgreementFormValues } from './agreementForm';
import { LocationsField, SpecialCategoriesField, WordListField } from './ListFields';

type SectionProps = { control: Control<AgreementFormValues> };

/** A select whose empty choice is a word of its own ("Not stated"), shown in the field. */
const emptyShown = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

const directionWords = {
  controller: 'Supplier agreement: we are controller, the supplier processes for us',
  processor: 'Customer agreement: we process for the customer',
} as const;

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

/** The direction, the other party, the title and reference, the status and the sub-processor authorisation. */
export function PartiesSection({
  control,
  detail,
  onRole,
  onAddOrganisation,
}: SectionProps & {
  detail: AgreementDetail | null;
  /** The direction changed: the organisation chosen was of the other kind. */
  onRole: () => void;
  onAddOrganisation: (name: string) => void;
}) {
  const companyRole = useWatch({ control, name: 'companyRole' });
  const terminated = detail?.status === 'terminated';
  const supplier = companyRole === 'controller';
  return (
    <Section title="The parties">
      <Grid size={12}>
        <FormRadioGroup
          control={control}
          name="companyRole"
          label="Direction"
          row
          disabled={!!detail}
          values={companyRoles}
          labels={directionWords}
          onPicked={onRole}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <OrganisationField
          control={control}
          name="organisationId"
          kind={supplier ? 'supplier' : 'customer'}
          label={supplier ? 'Supplier' : 'Customer'}
          helperText={`We Assist AS is ${supplier ? 'controller' : 'processor'}; the ${supplier ? 'supplier is processor' : 'customer is controller'}`}
          onAdd={onAddOrganisation}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          control={control}
          name="title"
          label="Title"
          autoFocus={!detail}
          helperText="E.g. Hosting of the telephony platform"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField
          control={control}
          name="reference"
          label="Reference"
          helperText={detail ? undefined : 'Left empty: DPA-year-number'}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          control={control}
          name="status"
          label="Status"
          disabled={terminated}
          values={agreementStatuses.filter((status) => status !== 'terminated' || terminated)}
          labels={agreementStatusLabels}
          helperText={terminated ? 'Terminated agreements stay terminated' : undefined}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          control={control}
          name="subprocessorAuthorisation"
          label="Sub-processors"
          values={authorisationTypes}
          labels={authorisationLabels}
          emptyLabel="Not stated"
          helperText="The authorisation of Art. 28(2)"
          slotProps={emptyShown}
        />
      </Grid>
    </Section>
  );
}

export function DatesSection({ control }: SectionProps) {
  const { data: settings } = useSettingsQuery({});
  return (
    <Section title="Dates">
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField control={control} name="signedOn" label="Signed" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField control={control} name="effectiveOn" label="Effective from" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField
          control={control}
          name="expiryOn"
          label="Expires"
          helperText="Empty: until terminated"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField
          control={control}
          name="nextReviewOn"
          label="Next review"
          helperText={`Empty: ${settings?.agreementReviewMonths ?? 12} months after the effective date`}
        />
      </Grid>
    </Section>
  );
}

/** What Art. 28(3) asks the agreement to set out about the processing. */
export function ProcessingSection({ control }: SectionProps) {
  return (
    <Section title="The processing (Art. 28(3))">
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField control={control} name="subjectMatter" label="Subject matter" multiline minRows={2} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          control={control}
          name="naturePurpose"
          label="Nature and purpose"
          multiline
          minRows={2}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          control={control}
          name="duration"
          label="Duration"
          helperText="E.g. until the main agreement ends"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormNumberField
          control={control}
          name="breachNoticeHours"
          label="Breach notice (hours)"
          helperText='Within how many hours the processor tells the controller of a breach; empty: "without undue delay"'
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <WordListField
          control={control}
          name="dataTypes"
          label="Types of personal data"
          options={commonDataTypes}
          helperText="Pick or type, then Enter"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <WordListField
          control={control}
          name="dataSubjects"
          label="Categories of data subjects"
          options={commonDataSubjects}
          helperText="Whose data it is"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <SpecialCategoriesField
          control={control}
          name="specialCategories"
          label="Special categories (Art. 9 and 10)"
          helperText="Flagged on the agreement and in the register"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <LocationsField
          control={control}
          name="locations"
          label="Processing locations"
          helperText="Countries where the data is stored or accessed"
        />
      </Grid>
    </Section>
  );
}

/** The processor's security as assessed, and the document that shows it. */
export function SecuritySection({ control, detail }: SectionProps & { detail: AgreementDetail | null }) {
  const { data: documents } = useAttachmentsQuery(
    { ownerType: 'agreement', ownerId: detail?.id ?? 0 },
    { skip: !detail },
  );
  return (
    <Section title="The processor's security (at least our level)">
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField control={control} name="securityAssessedOn" label="Assessed on" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <EnumSelect
          control={control}
          name="securityResult"
          label="Result"
          values={securityResults}
          labels={securityResultLabels}
          emptyLabel="Not assessed"
          slotProps={emptyShown}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormNumberSelect
          control={control}
          name="securityEvidenceId"
          label="Evidence document"
          disabled={!detail}
          emptyLabel="None"
          options={(documents ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
          helperText={detail ? 'One of the agreement’s documents' : 'Attach documents first, then choose one'}
        />
      </Grid>
      <Grid size={12}>
        <FormTextField
          control={control}
          name="securityNotes"
          label="Notes on the assessment"
          helperText="E.g. ISO 27001 certificate and penetration test reviewed"
        />
      </Grid>
    </Section>
  );
}

export function NotesSection({ control }: SectionProps) {
  return (
    <Grid size={12}>
      <FormTextField control={control} name="notes" label="Notes" multiline minRows={2} />
    </Grid>
  );
}
