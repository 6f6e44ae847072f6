import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useState } from 'react';
import type { LegalHoldType } from '../../../shared/erasure/contract';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useRun } from '../cases/useRun';
import { EarlierHolds } from './EarlierHolds';
import { useLegalHoldsQuery, useLiftLegalHoldMutation } from './legalHoldsApi';
import { PlaceHoldDialog } from './PlaceHoldDialog';

type Props = { recordType: LegalHoldType; recordId: number };

/**
 * The legal hold (Art. 17(3)(e)) on a record's page, for the DPO and administrators: the standing
 * hold with its reason and a Lift button, or a button to place one; the earlier holds in the dialogs.
 */
export function LegalHoldControl(props: Props) {
  const user = useAppSelector(selectCurrentUser);
  const allowed = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;
  return allowed ? <HoldControl {...props} /> : null;
}

function HoldControl({ recordType, recordId }: Props) {
  const t = useT('legalHolds');
  const run = useRun();
  const { data, error } = useLegalHoldsQuery({ recordType, recordId });
  const [lift, lifting] = useLiftLegalHoldMutation();
  const [dialog, setDialog] = useState<'place' | 'lift' | null>(null);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const standing = data.holds.find((hold) => hold.liftedAt === null);
  const close = () => setDialog(null);

  const confirmLift = async () => {
    if (!standing) return;
    if ((await run(lift({ id: standing.id }), t('liftedNotice'))).ok) close();
  };

  return (
    <Box component="section" aria-label={t('control')} sx={{ mb: 2 }}>
      {standing ? (
        <Alert
          severity="warning"
          icon={<GavelOutlinedIcon />}
          role="status"
          action={
            <Button color="inherit" size="small" onClick={() => setDialog('lift')}>
              {t('liftButton')}
            </Button>
          }
        >
          <AlertTitle>{t('standingSince', { date: formatDate(standing.placedAt) })}</AlertTitle>
          <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
            {standing.reason}
          </Box>
          <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
            {t('placedBy', { by: standing.placedBy, at: formatDateTime(standing.placedAt) })}
          </Typography>
        </Alert>
      ) : (
        <Button size="small" startIcon={<GavelOutlinedIcon />} onClick={() => setDialog('place')}>
          {t('placeButton')}
        </Button>
      )}
      {dialog === 'place' && (
        <PlaceHoldDialog recordType={recordType} recordId={recordId} holds={data.holds} onClose={close} />
      )}
      <ConfirmDialog
        open={dialog === 'lift' && standing !== undefined}
        title={t('liftTitle')}
        confirmLabel={t('lift')}
        busy={lifting.isLoading}
        onConfirm={() => void confirmLift()}
        onClose={close}
      >
        {t('liftText')}
        <EarlierHolds holds={data.holds} />
      </ConfirmDialog>
    </Box>
  );
}
