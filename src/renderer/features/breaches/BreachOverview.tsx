import { Card, CardContent, CardHeader, Chip, Grid, Stack, Typography } from '@mui/material';
import { FactCard } from '../../components/Fact';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { dataTypeInfo } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { useLabels, useT } from '../../i18n';
import { formatCount } from '../../lib/format';
import { Fact, titleProps } from './breachUi';
import { Obligations } from './CheckList';

/** The breach at a glance: what happened, the people and data, and what is left to do. */
export function Overview({ detail }: { detail: BreachDetail }) {
  const t = useT('breaches');
  const subjectCategoryLabels = useLabels('subjectCategory');
  const dataTypeLabels = useLabels('dataType');
  const approx = (value: number | null) =>
    value === null ? null : t('about', { value: formatCount(value) });
  const names = detail.customers.map((customer) => customer.name).join(', ');
  return (
    <Grid container spacing={2}>
      <FactCard title={t('whatHappened')} size={{ xs: 12, md: 7 }}>
        <Fact label={t('description')}>{detail.description}</Fact>
        <Fact label={t('whenItHappened')}>
          {detail.occurredFrom
            ? detail.occurredTo
              ? `${formatOslo(detail.occurredFrom)} – ${formatOslo(detail.occurredTo)}`
              : formatOslo(detail.occurredFrom)
            : t('notKnownYet')}
        </Fact>
        <Fact label={t('howDiscovered')}>{detail.discovery}</Fact>
        <Fact label={t('likelyConsequences')}>{detail.consequences}</Fact>
        <Fact label={t('measuresTaken')}>{detail.measuresTaken}</Fact>
        <Fact label={t('measuresPlanned')}>{detail.measuresPlanned}</Fact>
        <Fact label={t('contactPoint')}>{detail.contactPoint}</Fact>
        <Typography variant="caption" color="text.secondary">
          {t('recordedLine', {
            time: formatOslo(detail.createdAt),
            name: detail.reportedBy,
            changed: formatOslo(detail.updatedAt),
          })}
        </Typography>
      </FactCard>
      <Grid size={{ xs: 12, md: 5 }}>
        <Stack spacing={2} sx={{ height: '100%' }}>
          <Card>
            <CardHeader title={t('peopleAndData')} slotProps={titleProps} />
            <CardContent sx={{ pt: 0 }}>
              <Fact label={t('whoseData')}>
                {detail.capacity === 'processor'
                  ? t('whoseProcessor', { names })
                  : detail.capacity === 'both'
                    ? t('whoseBoth', { names })
                    : t('whoseController')}
              </Fact>
              <Fact label={t('categoriesOfPeople')}>
                {detail.subjectCategories.map((category) => subjectCategoryLabels[category]).join(', ')}
              </Fact>
              <Fact label={t('peopleAffected')}>{approx(detail.subjectsApprox)}</Fact>
              <Fact label={t('typesOfData')}>
                {detail.dataTypes.length > 0 && (
                  <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                    {detail.dataTypes.map((type) => (
                      <Chip
                        key={type}
                        size="small"
                        variant="outlined"
                        color={dataTypeInfo[type].special ? 'error' : 'default'}
                        icon={dataTypeInfo[type].special ? <MedicalInformationOutlinedIcon /> : undefined}
                        label={dataTypeLabels[type]}
                      />
                    ))}
                  </Stack>
                )}
              </Fact>
              <Fact label={t('recordsAffected')}>{approx(detail.recordsApprox)}</Fact>
            </CardContent>
          </Card>
          <Card sx={{ flexGrow: 1 }}>
            <CardHeader
              title={detail.state === 'closed' ? t('obligationsMet') : t('beforeClosing')}
              slotProps={titleProps}
            />
            <CardContent sx={{ pt: 0 }}>
              <Obligations detail={detail} />
              {detail.closedAt && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {t('closedLine', { time: formatOslo(detail.closedAt), name: detail.closedBy ?? '' })}
                  {detail.closingNote ? `: ${detail.closingNote}` : ''}
                </Typography>
              )}
            </CardContent>
          </Card>
        </Stack>
      </Grid>
    </Grid>
  );
}
