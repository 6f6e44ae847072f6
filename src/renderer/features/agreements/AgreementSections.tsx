import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { AgreementDetail, agreementFields } from '../../../shared/agreements/contract';
import {
  agreementStatuses,
  authorisationTypes,
  commonDataSubjects,
  commonDataTypes,
  companyRoles,
  securityResults,
} from '../../../shared/agreements/rules';
import { EnumSelect, FormDateField, FormTextField, type useChannelForm } from '../../components/form';
import { FormCells } from '../../components/form/FormCells';
import { FormNumberField } from '../../components/form/FormNumberField';
import { FormNumberSelect } from '../../components/form/FormNumberSelect';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useAttachmentsQuery } from '../attachments/attachmentsApi';
import { OrganisationField } from '../organisations/OrganisationField';
import { useSettingsQuery } from '../settings/settingsApi';
import { useLabels, useT } from '../../i18n';
import { LocationsField, SpecialCategoriesField, WordListField } from './ListFields';

/** The agreement form as its sections bind to it. */
type SectionProps = {
  form: Pick<ReturnType<typeof useChannelForm<typeof agreementFields>>, 'control' | 'field'>;
};

/** A select whose empty choice is a word of its own ("Not stated"), shown in the field. */
const emptyShown = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

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
  form: { control, field },
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
  const t = useT('agreementDialogs');
  const directionWords = useLabels('companyRole');
  const agreementStatusLabels = useLabels('agreementStatus');
  const authorisationLabels = useLabels('authorisation');
  return (
    <Section title={t('sectionParties')}>
      <Grid size={12}>
        <FormRadioGroup
          {...field('companyRole')}
          label={t('direction')}
          row
          disabled={!!detail}
          values={companyRoles}
          labels={directionWords}
          onPicked={onRole}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <OrganisationField
          {...field('organisationId')}
          kind={supplier ? 'supplier' : 'customer'}
          label={supplier ? t('supplier') : t('customer')}
          helperText={supplier ? t('supplierRoles') : t('customerRoles')}
          onAdd={onAddOrganisation}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormTextField
          {...field('title')}
          label={t('titleLabel')}
          autoFocus={!detail}
          helperText={t('titleHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormTextField
          {...field('reference')}
          label={t('reference')}
          helperText={detail ? undefined : t('referenceHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          {...field('status')}
          label={t('status')}
          disabled={terminated}
          values={agreementStatuses.filter((status) => status !== 'terminated' || terminated)}
          labels={agreementStatusLabels}
          helperText={terminated ? t('terminatedStays') : undefined}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <EnumSelect
          {...field('subprocessorAuthorisation')}
          label={t('subprocessors')}
          values={authorisationTypes}
          labels={authorisationLabels}
          emptyLabel={t('notStated')}
          helperText={t('authorisationHelp')}
          slotProps={emptyShown}
        />
      </Grid>
    </Section>
  );
}

export function DatesSection({ form: { control } }: SectionProps) {
  const t = useT('agreementDialogs');
  const { data: settings } = useSettingsQuery({});
  return (
    <Section title={t('sectionDates')}>
      <FormCells
        control={control}
        as={FormDateField}
        sm={6}
        fields={[
          { name: 'signedOn', label: t('signed'), md: 3 },
          { name: 'effectiveOn', label: t('effectiveFrom'), md: 3 },
          { name: 'expiryOn', label: t('expires'), helperText: t('untilTerminated'), md: 3 },
          {
            name: 'nextReviewOn',
            label: t('nextReview'),
            helperText: t('reviewAfterEffective', { months: settings?.agreementReviewMonths ?? 12 }),
            md: 3,
          },
        ]}
      />
    </Section>
  );
}

/** What Art. 28(3) asks the agreement to set out about the processing. */
export function ProcessingSection({ form: { control, field } }: SectionProps) {
  const t = useT('agreementDialogs');
  return (
    <Section title={t('sectionProcessing')}>
      <FormCells
        control={control}
        fields={[
          { name: 'subjectMatter', label: t('subjectMatter'), md: 6, long: true },
          { name: 'naturePurpose', label: t('naturePurpose'), md: 6, long: true },
          { name: 'duration', label: t('duration'), helperText: t('durationHelp'), md: 6 },
        ]}
      />
      <Grid size={{ xs: 12, md: 6 }}>
        <FormNumberField
          {...field('breachNoticeHours')}
          label={t('breachNoticeHours')}
          helperText={t('breachNoticeHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <WordListField
          {...field('dataTypes')}
          label={t('dataTypes')}
          options={commonDataTypes}
          helperText={t('dataTypesHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <WordListField
          {...field('dataSubjects')}
          label={t('dataSubjects')}
          options={commonDataSubjects}
          helperText={t('dataSubjectsHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <SpecialCategoriesField
          {...field('specialCategories')}
          label={t('specialCategories')}
          helperText={t('specialCategoriesHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <LocationsField {...field('locations')} label={t('locations')} helperText={t('locationsHelp')} />
      </Grid>
    </Section>
  );
}

/** The processor's security as assessed, and the document that shows it. */
export function SecuritySection({
  form: { control, field },
  detail,
}: SectionProps & { detail: AgreementDetail | null }) {
  const { data: documents } = useAttachmentsQuery(
    { ownerType: 'agreement', ownerId: detail?.id ?? 0 },
    { skip: !detail },
  );
  const t = useT('agreementDialogs');
  const common = useT('common');
  const securityResultLabels = useLabels('securityResult');
  return (
    <Section title={t('sectionSecurity')}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <FormDateField {...field('securityAssessedOn')} label={t('assessedOn')} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <EnumSelect
          {...field('securityResult')}
          label={t('result')}
          values={securityResults}
          labels={securityResultLabels}
          emptyLabel={t('notAssessed')}
          slotProps={emptyShown}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <FormNumberSelect
          {...field('securityEvidenceId')}
          label={t('evidence')}
          disabled={!detail}
          emptyLabel={common('none')}
          options={(documents ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
          helperText={detail ? t('evidenceHelp') : t('evidenceFirst')}
        />
      </Grid>
      <FormCells
        control={control}
        fields={[{ name: 'securityNotes', label: t('securityNotes'), helperText: t('securityNotesHelp') }]}
      />
    </Section>
  );
}

export function NotesSection({ form: { control } }: SectionProps) {
  const t = useT('agreementDialogs');
  return <FormCells control={control} fields={[{ name: 'notes', label: t('notes'), long: true }]} />;
}
