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
import { useLanguage, useT } from '../../i18n';
import { formatList } from '../../../shared/i18n/translate';
import type { CaseDetail } from '../../../shared/cases/contract';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { formatDateTime } from '../../lib/format';
import { AuthorityCard } from './AuthorityCard';
import { cardTitleProps, useTypeList } from './caseUi';
import { useTickVerificationItemMutation } from './casesApi';
import { GateAlert } from './GateAlert';
import { OverrideDialog } from './OverrideDialog';
import { ResultCard } from './ResultCard';
import { useRun } from './useRun';
import { ClarificationCard, DatesCard } from './VerificationDates';

/** The checklist the case's templates gave it, each item ticked by a named user. */
function ChecklistCard({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const language = useLanguage();
  const run = useRun();
  const [tick] = useTickVerificationItemMutation();
  const { verification } = detail;
  const open = detail.state === 'open';
  return (
    <Card>
      <CardHeader
        title={t('checklist')}
        subheader={
          verification.templates.length > 0
            ? t('checklistFrom', {
                templates: formatList(
                  language,
                  verification.templates.map((name) => (language === 'nb' ? `«${name}»` : `“${name}”`)),
                ),
              })
            : verification.result === 'not-needed'
              ? t('checklistNotNeeded')
              : t('checklistNone')
        }
        slotProps={cardTitleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {verification.items.length > 0 ? (
          <List dense aria-label={t('verificationChecklist')}>
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
                      ? t('tickedBy', { by: item.tickedBy, at: formatDateTime(item.tickedAt) })
                      : (item.help ?? t('notTicked'))
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {verification.reason ?? t('nothingToTick')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** Identity verification (Art. 12(2), 12(6); EDPB 01/2022): proportionate, and never a copy of an ID. */
export function VerificationPanel({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const typeList = useTypeList();
  const isDpo = useAppSelector(selectCurrentUser)?.roles.includes('dpo') ?? false;
  const open = detail.state === 'open';
  const { verification } = detail;
  const { clarification } = verification;
  const [overriding, setOverriding] = useState(false);

  return (
    <Stack spacing={2}>
      <Alert severity="info" icon={<NoPhotographyOutlinedIcon />}>
        <AlertTitle>{t('neverKeepId')}</AlertTitle>
        {t('neverKeepIdText')}
      </Alert>
      <GateAlert detail={detail} />
      {verification.override && (
        <Alert severity="warning" variant="outlined">
          <AlertTitle>{t('overriddenByDpo')}</AlertTitle>
          {t('overriddenFor', {
            by: verification.override.by,
            at: formatDateTime(verification.override.at),
            types: typeList(verification.override.covers),
            reason: verification.override.reason,
          })}
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
                  {t('overrideAsDpo')}
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
