import { Grid, IconButton, Paper, Stack, TextField } from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { type Control, useWatch } from 'react-hook-form';
import { derogations, transferBases, transferDirections } from '../../../shared/agreements/rules';
import type { ActivityInput } from '../../../shared/processing/contract';
import { useLabels, useT } from '../../i18n';
import { EnumSelect, fieldBinder, FormCheckbox, FormTextField } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { FieldError } from '../../components/form/FieldError';

/** One transfer outside the EEA of a processing activity's form (`transfers.<index>`). */
export function ActivityTransferEditor({
  control,
  index,
  onRemove,
}: {
  control: Control<ActivityInput>;
  index: number;
  onRemove: () => void;
}) {
  const t = useT('agreementPanels');
  const field = fieldBinder(control);
  const derogationLabels = useLabels('derogation');
  const transferBasisLabels = useLabels('transferBasis');
  const transferDirectionLabels = useLabels('transferDirection');
  const at = `transfers.${index}` as const;
  const basis = useWatch({ control, name: `${at}.basis` });
  const sccModule = useWatch({ control, name: `${at}.sccModule` });
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} aria-label={t('transferN', { n: index + 1 })} role="group">
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField {...field(`${at}.recipient`)} label={t('recipient')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormCountrySelect {...field(`${at}.country`)} label={t('country')} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumSelect
            {...field(`${at}.basis`)}
            label={t('basis')}
            values={transferBases}
            labels={transferBasisLabels}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumSelect
            {...field(`${at}.direction`)}
            label={t('whoExports')}
            values={transferDirections}
            labels={transferDirectionLabels}
          />
        </Grid>
        {basis === 'scc' && (
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              label={t('sccModule')}
              value={sccModule ?? ''}
              slotProps={{ input: { readOnly: true } }}
              helperText={t('sccModuleHelper')}
            />
          </Grid>
        )}
        {basis === 'derogation' && (
          <Grid size={{ xs: 12, md: 4 }}>
            <EnumSelect
              {...field(`${at}.derogation`)}
              label={t('whichDerogation')}
              values={derogations}
              labels={derogationLabels}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack>
            {(basis === 'scc' || basis === 'bcr') && (
              <FormCheckbox {...field(`${at}.tiaDone`)} label={t('tiaDone')} />
            )}
            {basis === 'derogation' && (
              <FormCheckbox {...field(`${at}.occasional`)} label={t('occasional')} />
            )}
            <FieldError {...field(`${at}.occasional`)} />
            {basis === 'adequacy' && (
              <FormCheckbox {...field(`${at}.adequacyConfirmed`)} label={t('importerCovered')} />
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 10 }}>
          <FormTextField {...field(`${at}.safeguards`)} label={t('safeguards')} />
        </Grid>
        <Grid size={{ xs: 12, md: 2 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <IconButton aria-label={t('removeTransferN', { n: index + 1 })} onClick={onRemove}>
            <DeleteOutlineIcon />
          </IconButton>
        </Grid>
      </Grid>
    </Paper>
  );
}
