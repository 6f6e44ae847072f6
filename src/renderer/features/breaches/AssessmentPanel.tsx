import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import BalanceOutlinedIcon from '@mui/icons-material/BalanceOutlined';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { type BreachCapacity, riskLabels, riskLevels, type RiskLevel } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useRun } from '../cases/useRun';
import { Fact, RiskChip } from './breachUi';
import { useAssessBreachMutation } from './breachesApi';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

const consequence: Record<RiskLevel, Record<BreachCapacity, string>> = {
  none: {
    controller:
      'Datatilsynet need not be notified; the decision and its reasons are recorded (Art. 33(1), 33(5)).',
    processor: 'We still tell each customer; the customer decides what to notify.',
    both: 'Datatilsynet need not be notified for our own data (the decision and its reasons are recorded); we still tell each customer.',
  },
  risk: {
    controller: 'Notify Datatilsynet within 72 hours of becoming aware.',
    processor: 'Tell each customer; our assessment helps it decide.',
    both: 'Notify Datatilsynet within 72 hours for our own data, and tell each customer.',
  },
  high: {
    controller:
      'Notify Datatilsynet, and tell the people affected without undue delay unless Art. 34(3) applies: a clock runs from this assessment.',
    processor: 'Tell each customer at once: it must consider telling the people affected.',
    both: 'Notify Datatilsynet and tell the people whose data is ours without undue delay (a clock runs from this assessment); tell each customer at once.',
  },
};

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

function AssessDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const run = useRun();
  const [assess, { isLoading }] = useAssessBreachMutation();
  const [risk, setRisk] = useState<RiskLevel | ''>(detail.assessment?.risk ?? '');
  const [reasons, setReasons] = useState(detail.assessment?.reasons ?? '');
  const [noNotificationReasons, setNoNotification] = useState(detail.assessment?.noNotificationReasons ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const decision = detail.capacity !== 'processor' && risk === 'none' && detail.notifications.length === 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!risk) return setErrors({ risk: 'Choose the risk' });
    const result = await run(
      assess({
        id: detail.id,
        risk,
        reasons,
        noNotificationReasons: decision ? noNotificationReasons : undefined,
      }),
      `Breach ${detail.number} was assessed: ${riskLabels[risk].toLowerCase()}.`,
      { quietError: true },
    );
    if (result.ok) return onClose();
    setErrors(Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path, issue.message])));
    setError(result.error.issues?.length ? null : result.error.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="assess-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="assess-title">Assess breach {detail.number}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {detail.specialCategories
              ? 'The breach involves special categories of data, which usually makes the risk high. '
              : ''}
            Weigh the kind and amount of data, how easily people can be identified, the severity of the
            consequences and the measures already taken (EDPB guidelines 9/2022).
          </DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Stack spacing={2}>
            <FormControl error={Boolean(errors.risk)}>
              <FormLabel id="risk-label">Risk to the people affected</FormLabel>
              <RadioGroup
                aria-labelledby="risk-label"
                value={risk}
                onChange={(event) => setRisk(event.target.value as RiskLevel)}
              >
                {riskLevels.map((level) => (
                  <FormControlLabel
                    key={level}
                    value={level}
                    control={<Radio size="small" />}
                    label={
                      <span>
                        {riskLabels[level]}
                        <Typography
                          variant="caption"
                          color="text.secondary"
                          component="span"
                          sx={{ display: 'block' }}
                        >
                          {consequence[level][detail.capacity]}
                        </Typography>
                      </span>
                    }
                  />
                ))}
              </RadioGroup>
              {errors.risk && (
                <Typography variant="caption" color="error">
                  {errors.risk}
                </Typography>
              )}
            </FormControl>
            <TextField
              label="Reasons for the assessment"
              required
              multiline
              minRows={3}
              value={reasons}
              onChange={(event) => setReasons(event.target.value)}
              error={Boolean(errors.reasons)}
              helperText={errors.reasons}
            />
            {decision && (
              <TextField
                label="Why Datatilsynet is not notified"
                required
                multiline
                minRows={2}
                value={noNotificationReasons}
                onChange={(event) => setNoNotification(event.target.value)}
                error={Boolean(errors.noNotificationReasons)}
                helperText={
                  errors.noNotificationReasons ??
                  'The decision not to notify is documented with its reasons (Art. 33(5))'
                }
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Save assessment
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
