import {
  Box,
  Button,
  FormControl,
  FormHelperText,
  FormLabel,
  Grid,
  IconButton,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useLabels, useT } from '../../i18n';
import { z } from 'zod';
import {
  type TemplateInput,
  templateFields,
  type VerificationTemplate,
} from '../../../shared/cases/contract';
import { capacities, caseChannels, requestTypes } from '../../../shared/cases/rules';
import { EnumSelect, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormSwitch } from '../../components/form/FormSwitch';
import { unnested } from '../../components/form/unnested';

import { useCreateCaseTemplateMutation, useUpdateCaseTemplateMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/**
 * The checklist as edited, then the channel's own schema: blank item lines are left out, and no items
 * are kept when no verification is needed.
 */
const templateForm = z
  .object({
    name: z.string(),
    channels: z.array(z.enum(caseChannels)),
    types: z.array(z.enum(requestTypes)),
    capacity: z.enum(capacities).nullable(),
    verificationNeeded: z.boolean(),
    notNeededReason: z.string().optional(),
    items: z.array(z.object({ label: z.string(), help: z.string().optional() })),
  })
  .transform((values): TemplateInput => ({
    ...values,
    items: values.verificationNeeded ? values.items.filter((item) => item.label.trim()) : [],
  }))
  .pipe(templateFields);

/** Adds or edits a verification checklist (administrators). */
export function TemplateDialog({
  template,
  onClose,
}: {
  template: VerificationTemplate | null;
  onClose: () => void;
}) {
  const t = useT('cases');
  const caseChannelLabels = useLabels('caseChannel');
  const requestTypeLabels = useLabels('requestType');
  const capacityLabels = { controller: t('controllerCases'), processor: t('processorCases') };
  const [create] = useCreateCaseTemplateMutation();
  const [update] = useUpdateCaseTemplateMutation();
  const { control, field, formState, dialog } = useDialogForm(
    templateForm,
    {
      name: template?.name ?? '',
      channels: template?.channels ?? [],
      types: template?.types ?? [],
      capacity: template?.capacity ?? null,
      verificationNeeded: template?.verificationNeeded ?? true,
      notNeededReason: template?.notNeededReason ?? '',
      items: template?.items.map((item) => ({ label: item.label, help: item.help ?? '' })) ?? [
        { label: '', help: '' },
      ],
    },
    {
      save: async (values) =>
        template ? unnested(await update({ id: template.id, changes: values }), 'changes') : create(values),
      success: (_saved, { name }) => (template ? t('templateSaved', { name }) : t('templateAdded', { name })),
      onClose,
      formOptions: validateOnSubmit,
    },
  );
  const items = useFieldArray({ control, name: 'items' });
  const verificationNeeded = useWatch({ control, name: 'verificationNeeded' });
  const itemsError = formState.errors.items?.root?.message ?? formState.errors.items?.message;

  return (
    <FormDialog
      {...dialog}
      title={template ? t('editTemplate', { name: template.name }) : t('addTemplate')}
      submitLabel={template ? t('saveChanges') : t('add')}
      maxWidth="md"
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, md: 8 }}>
          <FormTextField {...field('name')} label={t('name')} required autoFocus />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EnumSelect
            {...field('capacity')}
            label={t('capacity')}
            values={capacities}
            labels={capacityLabels}
            emptyLabel={t('anyCase')}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          />
        </Grid>
        <Grid size={12}>
          <FormCheckboxGroup
            {...field('channels')}
            label={t('channelsNone')}
            values={caseChannels}
            labels={caseChannelLabels}
            layout="row"
          />
        </Grid>
        <Grid size={12}>
          <FormCheckboxGroup
            {...field('types')}
            label={t('typesNone')}
            values={requestTypes}
            labels={requestTypeLabels}
            layout="row"
          />
        </Grid>
        <Grid size={12}>
          <FormSwitch {...field('verificationNeeded')} label={t('identityMustBeVerified')} />
        </Grid>
        {verificationNeeded ? (
          <Grid size={12}>
            <FormControl error={!!itemsError} fullWidth>
              <FormLabel>{t('checklistItems')}</FormLabel>
              {itemsError && <FormHelperText>{itemsError}</FormHelperText>}
              <Stack spacing={1.5} sx={{ mt: 1 }}>
                {items.fields.map((item, index) => (
                  <Stack key={item.id} direction="row" spacing={1} alignItems="flex-start">
                    <Typography sx={{ width: 20, pt: 1 }} color="text.secondary">
                      {index + 1}.
                    </Typography>
                    <FormTextField
                      {...field(`items.${index}.label`)}
                      label={t('item')}
                      multiline
                      maxRows={4}
                    />
                    <FormTextField
                      {...field(`items.${index}.help`)}
                      label={t('help')}
                      multiline
                      maxRows={4}
                    />
                    <IconButton
                      aria-label={t('moveItemUp', { number: index + 1 })}
                      disabled={index === 0}
                      onClick={() => items.move(index, index - 1)}
                    >
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t('moveItemDown', { number: index + 1 })}
                      disabled={index === items.fields.length - 1}
                      onClick={() => items.move(index, index + 1)}
                    >
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t('removeItem', { number: index + 1 })}
                      onClick={() => items.remove(index)}
                    >
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Stack>
                ))}
              </Stack>
              <Box sx={{ mt: 1 }}>
                <Button startIcon={<AddIcon />} onClick={() => items.append({ label: '', help: '' })}>
                  {t('addItem')}
                </Button>
              </Box>
            </FormControl>
          </Grid>
        ) : (
          <Grid size={12}>
            <FormTextField
              {...field('notNeededReason')}
              label={t('whyNoVerification')}
              required
              multiline
              minRows={2}
              helperText={t('whyNoVerificationHelp')}
            />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
