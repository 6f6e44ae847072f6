import { Alert, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import BalanceOutlinedIcon from '@mui/icons-material/BalanceOutlined';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useLabels, useT } from '../../i18n';
import { AssessDialog, consequenceKey } from './AssessDialog';
import { Fact, RiskChip, titleProps } from './breachUi';

export function AssessmentPanel({ detail }: { detail: BreachDetail }) {
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [assessing, setAssessing] = useState(false);
  const t = useT('breaches');
  const riskLabels = useLabels('riskLevel');
  const { assessment } = detail;
  const open = detail.state !== 'closed';
  return (
    <Card>
      <CardHeader title={t('riskAssessment')} subheader={t('riskAssessmentHelp')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        {assessment ? (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} alignItems="center">
              <RiskChip risk={assessment.risk} size="medium" />
              <Typography variant="body1">{riskLabels[assessment.risk]}</Typography>
            </Stack>
            <Fact label={t('reasons')}>{assessment.reasons}</Fact>
            {assessment.noNotificationReasons && (
              <Fact label={t('whyNotNotified')}>{assessment.noNotificationReasons}</Fact>
            )}
            <Typography variant="body2">{t(consequenceKey(assessment.risk, detail.capacity))}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t('assessedBy', { name: assessment.assessedBy, time: formatOslo(assessment.assessedAt) })}
            </Typography>
          </Stack>
        ) : (
          <Alert severity="warning">{t('notAssessedYet')}</Alert>
        )}
        {open &&
          (isDpo ? (
            <Button
              variant={assessment ? 'outlined' : 'contained'}
              startIcon={<BalanceOutlinedIcon />}
              onClick={() => setAssessing(true)}
              sx={{ mt: 2 }}
            >
              {assessment ? t('reassess') : t('assessRisk')}
            </Button>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {t('onlyDpoAssesses')}
            </Typography>
          ))}
      </CardContent>
      {assessing && <AssessDialog detail={detail} onClose={() => setAssessing(false)} />}
    </Card>
  );
}
