import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import NoPhotographyOutlinedIcon from '@mui/icons-material/NoPhotographyOutlined';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import { typeList } from '../../../shared/cases/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { formatDateTime } from '../../lib/format';
import { AuthorityCard } from './AuthorityCard';
import { cardTitleProps } from './caseUi';
import { useTickVerificationItemMutation } from './casesApi';
import { GateAlert } from './GateAlert';
import { OverrideDialog } from './OverrideDialog';
import { ResultCard } from './ResultCard';
import { useRun } from './useRun';
import { ClarificationCard, DatesCard } from './VerificationDates';

/** The checklist the case's templates gave it, each item ticked by a named user. */
function ChecklistCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [tick] = useTickVerificationItemMutation();
  const { verification } = detail;
  const open = detail.state === 'open';
  return (
    <Card>
      <CardHeader
        title="Checklist"
        subheader={
          verification.templates.length > 0
            ? `From ${verification.templates.map((name) => `“${name}”`).join(', ')}`
            : verification.result === 'not-needed'
              ? 'No checklist: verification is not needed for this request'
              : 'No checklist template fits: record the method and result below'
        }
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {verification.items.length > 0 ? (
          <List dense aria-label="Verification checklist">
            {verification.items.map((item) => (
              <ListItem key={item.id} disableGutters alignItems="flex-start">
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Checkbox
                    edge="start"
                    checked={!!item.tickedAt}
                    disabled={!open || (!!item.tickedAt && verification.result === 'verified')}
                    onChange={(event) =>
                      void run(tick({ id: detail.id, itemId: item.id, ticked: event.target.checked }))
                    }
                    slotProps={{ input: { 'aria-label': item.label } }}
                  />
                </ListItemIcon>
                <ListItemText
                  primary={item.label}
                  secondary={
                    item.tickedAt
                      ? `Ticked by ${item.tickedBy}, ${formatDateTime(item.tickedAt)}`
                      : (item.help ?? 'Not ticked yet')
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {verification.reason ?? 'Nothing to tick.'}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** Identity verification (Art. 12(2), 12(6); EDPB 01/2022): proportionate, and never a copy of an ID. */
export function VerificationPanel({ detail }: { detail: CaseDetail }) {
  const isDpo = useAppSelector(selectCurrentUser)?.roles.includes('dpo') ?? false;
  const open = detail.state === 'open';
  const { verification } = detail;
  const { clarification } = verification;
  const [overriding, setOverriding] = useState(false);

  return (
    <Stack spacing={2}>
      <Alert severity="info" icon={<NoPhotographyOutlinedIcon />}>
        <AlertTitle>Never keep a copy of an identity document</AlertTitle>
        Prefer questions about data we already hold, a callback or a code to the number or address on file. If
        an ID document must be seen, record only that it was checked, by whom and when. Ask for no more than
        is needed, and never disclose personal data during an unverified phone call.
      </Alert>
      <GateAlert detail={detail} />
      {verification.override && (
        <Alert severity="warning" variant="outlined">
          <AlertTitle>Overridden by the data protection officer</AlertTitle>
          {verification.override.by}, {formatDateTime(verification.override.at)}, for{' '}
          {typeList(verification.override.covers)}: {verification.override.reason}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <ChecklistCard detail={detail} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <ResultCard detail={detail} />
            <DatesCard key={`${verification.requestedOn}|${verification.receivedOn}`} detail={detail} />
            <ClarificationCard
              key={`${clarification.requestedOn}|${clarification.receivedOn}|${clarification.question}`}
              detail={detail}
            />
            <AuthorityCard detail={detail} />
            {open && isDpo && !verification.gate.open && (
              <Box>
                <Button color="warning" onClick={() => setOverriding(true)}>
                  Override as data protection officer…
                </Button>
              </Box>
            )}
          </Stack>
        </Grid>
      </Grid>
      {overriding && <OverrideDialog detail={detail} onClose={() => setOverriding(false)} />}
    </Stack>
  );
}
