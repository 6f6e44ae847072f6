import { Box, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { useLabels, useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { authorityEvidence } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { cardTitleProps } from './caseUi';
import { useCheckRepresentativeAuthorityMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const authorityForm = casesChannels['cases.checkRepresentativeAuthority'].input.omit({ id: true });

function AuthorityForm({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const authorityEvidenceLabels = useLabels('authorityEvidence');
  const dispatch = useAppDispatch();
  const [checkAuthority] = useCheckRepresentativeAuthorityMutation();
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(
    authorityForm,
    { evidence: 'power-of-attorney', note: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (settle(await checkAuthority({ id: detail.id, ...values })).ok)
      dispatch(notice(t('authorityRecorded')));
  });
  return (
    <Stack spacing={1.5} component="form" onSubmit={submit} noValidate>
      <Typography variant="body2" color="text.secondary">
        {t('checkAuthorityHelp')}
      </Typography>
      <FormError message={formError} />
      <EnumSelect
        {...field('evidence')}
        label={t('proofSeen')}
        values={authorityEvidence}
        labels={authorityEvidenceLabels}
      />
      <FormTextField {...field('note')} label={t('note')} />
      <Box>
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          {t('recordAuthorityCheck')}
        </Button>
      </Box>
    </Stack>
  );
}

/** A representative's authority to act for the person, checked and recorded. */
export function AuthorityCard({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const authorityEvidenceLabels = useLabels('authorityEvidence');
  const representativeRelationLabels = useLabels('representativeRelation');
  const { representative } = detail;
  if (!representative) return null;
  return (
    <Card>
      <CardHeader
        title={t('representativeAuthority')}
        subheader={`${representative.name}, ${representativeRelationLabels[representative.relation].toLowerCase()}`}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {representative.authorityCheckedAt ? (
          <Typography variant="body2">
            {t('authorityCheckedBy', {
              evidence: authorityEvidenceLabels[representative.authorityEvidence ?? 'other'],
              by: representative.authorityCheckedBy,
              at: formatDateTime(representative.authorityCheckedAt),
            })}
            {representative.authorityNote ? `. ${representative.authorityNote}` : ''}
          </Typography>
        ) : detail.state === 'open' ? (
          <AuthorityForm detail={detail} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('notChecked')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
