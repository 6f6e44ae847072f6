import { Box, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import {
  authorityEvidence,
  authorityEvidenceLabels,
  representativeRelationLabels,
} from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { cardTitleProps } from './caseUi';
import { useCheckRepresentativeAuthorityMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const authorityForm = casesChannels['cases.checkRepresentativeAuthority'].input.omit({ id: true });

function AuthorityForm({ detail }: { detail: CaseDetail }) {
  const dispatch = useAppDispatch();
  const [checkAuthority] = useCheckRepresentativeAuthorityMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    authorityForm,
    { evidence: 'power-of-attorney', note: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (settle(await checkAuthority({ id: detail.id, ...values })).ok)
      dispatch(notice('The representative’s authority was recorded as checked.'));
  });
  return (
    <Stack spacing={1.5} component="form" onSubmit={submit} noValidate>
      <Typography variant="body2" color="text.secondary">
        Check the authority proportionately: a power of attorney, a guardianship decision, parental
        responsibility. Record that it was seen; keep no copy of identity documents.
      </Typography>
      <FormError message={formError} />
      <EnumSelect
        control={control}
        name="evidence"
        label="Proof seen"
        values={authorityEvidence}
        labels={authorityEvidenceLabels}
      />
      <FormTextField control={control} name="note" label="Note" />
      <Box>
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Record authority check
        </Button>
      </Box>
    </Stack>
  );
}

/** A representative's authority to act for the person, checked and recorded. */
export function AuthorityCard({ detail }: { detail: CaseDetail }) {
  const { representative } = detail;
  if (!representative) return null;
  return (
    <Card>
      <CardHeader
        title="Representative’s authority"
        subheader={`${representative.name}, ${representativeRelationLabels[representative.relation].toLowerCase()}`}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {representative.authorityCheckedAt ? (
          <Typography variant="body2">
            {authorityEvidenceLabels[representative.authorityEvidence ?? 'other']}; checked by{' '}
            {representative.authorityCheckedBy}, {formatDateTime(representative.authorityCheckedAt)}
            {representative.authorityNote ? `. ${representative.authorityNote}` : ''}
          </Typography>
        ) : detail.state === 'open' ? (
          <AuthorityForm detail={detail} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Not checked.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
