import { Alert, AlertTitle, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { subjectExceptionLabels, subjectNoticeMethodLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { Fact, titleProps } from './breachUi';
import { ExceptionDialog } from './ExceptionDialog';
import { ToldDialog } from './ToldDialog';

/** Communication to the people affected (Art. 34), or the exception of 34(3) that applies. */
export function SubjectsPanel({ detail }: { detail: BreachDetail }) {
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [dialog, setDialog] = useState<'told' | 'exception' | null>(null);
  const { subjects } = detail;
  const recorded = Boolean(subjects.toldAt || subjects.exception);
  const canRecord =
    detail.state !== 'closed' && detail.capacity !== 'processor' && detail.assessment !== null && !recorded;
  return (
    <Card>
      <CardHeader
        title="The people affected"
        subheader="When the risk is high, the people are told without undue delay, in clear language: what happened, the contact point, the likely consequences and the measures (Art. 34(1)-(2)), unless an exception of Art. 34(3) applies."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.capacity === 'processor' ? (
          <Alert severity="info">
            As processor, the customers decide whether to tell the people affected; we assist them.
          </Alert>
        ) : detail.assessment === null ? (
          <Alert severity="warning">
            The risk is not assessed yet; it decides whether the people must be told.
          </Alert>
        ) : subjects.required && !subjects.toldAt && !subjects.exception && subjects.dueAt ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            High risk: tell the people affected without undue delay. Our target: by{' '}
            <strong>{formatOslo(subjects.dueAt)}</strong>, counted from the high-risk assessment
            {subjects.highRiskAt ? ` (${formatOslo(subjects.highRiskAt)})` : ''}.
          </Alert>
        ) : subjects.toldAt ? (
          <>
            <Fact label="Told">
              {formatOslo(subjects.toldAt)}
              {subjects.how ? `, by ${subjectNoticeMethodLabels[subjects.how].toLowerCase()}` : ''}
              {subjects.count !== null ? ` — ${subjects.count.toLocaleString('en-GB')} people` : ''}
            </Fact>
            <Fact label="What they were told">{subjects.message}</Fact>
          </>
        ) : subjects.exception ? (
          <>
            <Fact label="Not told individually (Art. 34(3))">
              {subjectExceptionLabels[subjects.exception]}
            </Fact>
            <Fact label="Explanation">{subjects.explanation}</Fact>
            {subjects.publicNoticeAt && (
              <Fact label="Public notice">
                {formatOslo(subjects.publicNoticeAt)}: {subjects.publicNoticeWhere}
              </Fact>
            )}
          </>
        ) : subjects.required ? (
          <Alert severity="error">
            <AlertTitle>High risk: the people affected must be told</AlertTitle>
            Tell them without undue delay, or record why an exception of Art. 34(3) applies.
          </Alert>
        ) : (
          <Typography variant="body2">
            Not required: the risk is not high. You may still tell the people affected, and record it here.
          </Typography>
        )}
        {recorded && subjects.recordedBy && (
          <Typography variant="caption" color="text.secondary">
            Recorded by {subjects.recordedBy}, {formatOslo(subjects.recordedAt)}
          </Typography>
        )}
        {canRecord && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
              variant={subjects.required ? 'contained' : 'outlined'}
              startIcon={<PeopleOutlineIcon />}
              onClick={() => setDialog('told')}
            >
              Record that they were told
            </Button>
            {subjects.required && isDpo && (
              <Button startIcon={<CampaignOutlinedIcon />} onClick={() => setDialog('exception')}>
                Record an exception (Art. 34(3))
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
