import { Alert, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import BalanceOutlinedIcon from '@mui/icons-material/BalanceOutlined';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { riskLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { AssessDialog, consequence } from './AssessDialog';
import { Fact, RiskChip, titleProps } from './breachUi';

export function AssessmentPanel({ detail }: { detail: BreachDetail }) {
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [assessing, setAssessing] = useState(false);
  const { assessment } = detail;
  const open = detail.state !== 'closed';
  return (
    <Card>
      <CardHeader
        title="Risk assessment"
        subheader="How likely and how severe the consequences for the people affected are, considering the data, how many, who could misuse it, and what was done. Only the data protection officer assesses."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {assessment ? (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} alignItems="center">
              <RiskChip risk={assessment.risk} size="medium" />
              <Typography variant="body1">{riskLabels[assessment.risk]}</Typography>
            </Stack>
            <Fact label="Reasons">{assessment.reasons}</Fact>
            {assessment.noNotificationReasons && (
              <Fact label="Why Datatilsynet is not notified">{assessment.noNotificationReasons}</Fact>
            )}
            <Typography variant="body2">{consequence[assessment.risk][detail.capacity]}</Typography>
            <Typography variant="caption" color="text.secondary">
              Assessed by {assessment.assessedBy}, {formatOslo(assessment.assessedAt)}
            </Typography>
          </Stack>
        ) : (
          <Alert severity="warning">Not assessed yet. The clock runs from awareness meanwhile.</Alert>
        )}
        {open &&
          (isDpo ? (
            <Button
              variant={assessment ? 'outlined' : 'contained'}
              startIcon={<BalanceOutlinedIcon />}
              onClick={() => setAssessing(true)}
              sx={{ mt: 2 }}
            >
              {assessment ? 'Reassess' : 'Assess the risk'}
            </Button>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              Only the data protection officer assesses a breach.
            </Typography>
          ))}
      </CardContent>
      {assessing && <AssessDialog detail={detail} onClose={() => setAssessing(false)} />}
    </Card>
  );
}
