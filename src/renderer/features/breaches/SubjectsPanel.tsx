import { Alert, AlertTitle, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useLabels, useT } from '../../i18n';
import { formatCount } from '../../lib/format';
import { Fact, titleProps } from './breachUi';
import { ExceptionDialog } from './ExceptionDialog';
import { ToldDialog } from './ToldDialog';

/** Communication to the people affected (Art. 34), or the exception of 34(3) that applies. */
export function SubjectsPanel({ detail }: { detail: BreachDetail }) {
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [dialog, setDialog] = useState<'told' | 'exception' | null>(null);
  const { subjects } = detail;
  const t = useT('breaches');
  const methodLabels = useLabels('subjectNoticeMethod');
  const exceptionLabels = useLabels('subjectException');
  const recorded = Boolean(subjects.toldAt || subjects.exception);
  const canRecord =
    detail.state !== 'closed' && detail.capacity !== 'processor' && detail.assessment !== null && !recorded;
  return (
    <Card>
      <CardHeader title={t('peopleTitle')} subheader={t('peopleHelp')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        {detail.capacity === 'processor' ? (
          <Alert severity="info">{t('processorPeople')}</Alert>
        ) : detail.assessment === null ? (
          <Alert severity="warning">{t('riskDecidesTelling')}</Alert>
        ) : subjects.required && !subjects.toldAt && !subjects.exception && subjects.dueAt ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('highRiskTarget')}
            <strong>{formatOslo(subjects.dueAt)}</strong>
            {t('countedFromAssessment')}
            {subjects.highRiskAt ? ` (${formatOslo(subjects.highRiskAt)})` : ''}.
          </Alert>
        ) : subjects.toldAt ? (
          <>
            <Fact label={t('told')}>
              {formatOslo(subjects.toldAt)}
              {subjects.how
                ? t('byMethodComma', { method: methodLabels[subjects.how].toLocaleLowerCase() })
                : ''}
              {subjects.count !== null
                ? t('peopleCount', { count: subjects.count, formatted: formatCount(subjects.count) })
                : ''}
            </Fact>
            <Fact label={t('whatTheyWereTold')}>{subjects.message}</Fact>
          </>
        ) : subjects.exception ? (
          <>
            <Fact label={t('notToldIndividually')}>{exceptionLabels[subjects.exception]}</Fact>
            <Fact label={t('explanation')}>{subjects.explanation}</Fact>
            {subjects.publicNoticeAt && (
              <Fact label={t('publicNotice')}>
                {formatOslo(subjects.publicNoticeAt)}: {subjects.publicNoticeWhere}
              </Fact>
            )}
          </>
        ) : subjects.required ? (
          <Alert severity="error">
            <AlertTitle>{t('mustBeToldTitle')}</AlertTitle>
            {t('mustBeToldText')}
          </Alert>
        ) : (
          <Typography variant="body2">{t('notRequired')}</Typography>
        )}
        {recorded && subjects.recordedBy && (
          <Typography variant="caption" color="text.secondary">
            {t('recordedBy', { name: subjects.recordedBy, time: formatOslo(subjects.recordedAt) })}
          </Typography>
        )}
        {canRecord && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
              variant={subjects.required ? 'contained' : 'outlined'}
              startIcon={<PeopleOutlineIcon />}
              onClick={() => setDialog('told')}
            >
              {t('recordThatTold')}
            </Button>
            {subjects.required && isDpo && (
              <Button startIcon={<CampaignOutlinedIcon />} onClick={() => setDialog('exception')}>
                {t('recordException')}
              </Button>
            )}
          </Stack>
        )}
      </CardContent>
      {dialog === 'told' && <ToldDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'exception' && <ExceptionDialog detail={detail} onClose={() => setDialog(null)} />}
    </Card>
  );
}
