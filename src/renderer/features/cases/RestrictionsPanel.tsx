import {
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined';
import { useState } from 'react';
import { useLabels, useT } from '../../i18n';
import { Link as RouterLink } from 'react-router';
import { type CaseDetail, casesChannels, type Restriction } from '../../../shared/cases/contract';
import { restrictionGrounds } from '../../../shared/cases/rules';
import { formatDate } from '../../lib/format';
import { useRestrictMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';
import { LiftDialog } from './LiftDialog';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormDateField, FormError, FormTextField, useChannelForm } from '../../components/form';
import { cardTitleProps } from './caseUi';
import { RecordTable } from '../../components/RecordTable';

export function RestrictionTable({
  restrictions,
  today,
  showCase,
}: {
  restrictions: readonly Restriction[];
  today: string;
  showCase?: boolean;
}) {
  const t = useT('cases');
  const restrictionGroundLabels = useLabels('restrictionGround');
  const [lifting, setLifting] = useState<Restriction | null>(null);
  return (
    <>
      <RecordTable
        label={t('restrictions')}
        headings={[
          ...(showCase ? [t('colCase'), t('colPerson')] : []),
          t('whatRestricted'),
          t('since'),
          t('ground'),
          t('state'),
        ]}
        rows={restrictions}
      >
        {(restriction) => (
          <TableRow key={restriction.id}>
            {showCase && (
              <TableCell>
                <RouterLink to={`/cases/${restriction.caseId}`}>{restriction.caseNumber}</RouterLink>
              </TableCell>
            )}
            {showCase && <TableCell>{restriction.personName}</TableCell>}
            <TableCell>{restriction.what}</TableCell>
            <TableCell>{formatDate(restriction.since)}</TableCell>
            <TableCell>{restrictionGroundLabels[restriction.ground]}</TableCell>
            <TableCell>
              {restriction.liftedOn ? (
                <Typography variant="body2">
                  {t('liftedTold', {
                    lifted: formatDate(restriction.liftedOn),
                    told: formatDate(restriction.personToldOn),
                  })}
                </Typography>
              ) : (
                <Stack direction="row" spacing={1} alignItems="center">
                  <Chip size="small" color="warning" icon={<BlockOutlinedIcon />} label={t('active')} />
                  <Button
                    size="small"
                    startIcon={<LockOpenOutlinedIcon />}
                    onClick={() => setLifting(restriction)}
                  >
                    {t('lift')}
                  </Button>
                </Stack>
              )}
            </TableCell>
          </TableRow>
        )}
      </RecordTable>
      {lifting && <LiftDialog today={today} restriction={lifting} onClose={() => setLifting(null)} />}
    </>
  );
}

const restrictForm = casesChannels['cases.restrict'].input.omit({ id: true });

/** On a restriction or erasure case: what it restricted (Art. 18, or kept under Art. 17(3)). */
export function RestrictionsCard({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const restrictionGroundLabels = useLabels('restrictionGround');
  const dispatch = useAppDispatch();
  const [restrict] = useRestrictMutation();
  const grounds = restrictionGrounds.filter(
    (ground) => ground !== '17-3' || detail.types.includes('erasure'),
  );
  const { field, handleSubmit, formState, formError, settle, reset } = useChannelForm(
    restrictForm,
    { what: '', since: detail.clock.today },
    validateOnSubmit,
  );
  const open = detail.state === 'open';
  const submit = handleSubmit(async (values) => {
    if (!settle(await restrict({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('restrictionRecorded')));
    reset({ what: '', since: values.since });
  });
  return (
    <Card>
      <CardHeader
        title={t('restrictionsArt18')}
        subheader={t('restrictionsHelp')}
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.restrictions.length > 0 ? (
          <RestrictionTable restrictions={detail.restrictions} today={detail.clock.today} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('nothingRestricted')}
          </Typography>
        )}
        {open && (
          <Stack spacing={1.5} sx={{ mt: 2 }} component="form" onSubmit={submit} noValidate>
            <FormError message={formError} />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems="flex-start">
              <FormTextField
                {...field('what')}
                label={t('whatRestricted')}
                helperText={t('whatRestrictedHelp')}
              />
              <EnumSelect
                {...field('ground')}
                label={t('ground')}
                values={grounds}
                labels={restrictionGroundLabels}
                sx={{ minWidth: 280 }}
              />
              <FormDateField
                {...field('since')}
                label={t('restrictedSince')}
                min={detail.clock.receivedDate}
                max={detail.clock.today}
              />
            </Stack>
            <div>
              <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
                {t('recordRestriction')}
              </Button>
            </div>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
