import { Alert, AlertTitle, Collapse, FormControl, Grid, Stack, Typography } from '@mui/material';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import {
  alwaysGrantedTypes,
  isRefusal,
  outcomeLabels,
  outcomes,
  refusalGrounds,
  type RefusalGroundKey,
  replyChannelLabels,
  replyChannels,
  typeList,
  unfoundedResponseLabels,
  unfoundedResponses,
} from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import {
  EnumSelect,
  FormCheckbox,
  FormDateField,
  FormTextField,
  useChannelForm,
} from '../../components/form';
import { FieldError } from '../../components/form/FieldError';
import { FormDialog } from '../../components/form/FormDialog';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { isApiErrorLike } from '../../lib/forms';
import { formatDue } from './caseUi';
import { useCloseCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const closeInput = casesChannels['cases.close'].input;

/**
 * The closing's input without the case's id. The fee is typed as text and read as whole kroner (the
 * field also takes the number it becomes, so the form's values and its result are of one type).
 */
const closeForm = closeInput.omit({ id: true }).extend({
  feeNok: z
    .union([z.string(), z.number()])
    .nullable()
    .transform((value) => (typeof value === 'string' ? (value.trim() ? Number(value.trim()) : null) : value))
    .pipe(closeInput.shape.feeNok.unwrap()),
});

const groundLabels = Object.fromEntries(
  refusalGrounds.map((ground) => [
    ground.key,
    <span key={ground.key}>
      {ground.label}
      <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
        {ground.citation}: «{ground.text}»
      </Typography>
    </span>,
  ]),
) as Record<RefusalGroundKey, React.ReactNode>;

/** Records the reply and the outcome: what a lawful reply needs is asked for as the outcome requires. */
export function CloseCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [close] = useCloseCaseMutation();
  const { clock } = detail;
  const today = clock.today;
  const { control, handleSubmit, formState, formError, setFormError, settle } = useChannelForm(
    closeForm,
    {
      outcome: 'granted',
      reasons: '',
      refusalGrounds: [],
      statesComplaintRight: false,
      statesJudicialRemedy: false,
      manifestlyUnfounded: false,
      unfoundedJustification: '',
      unfoundedResponse: 'refusal',
      feeNok: '',
      feeBasis: '',
      disclosesPersonalData: false,
      replyDate: today,
      replyChannel: null,
      lateReason: '',
    },
    validateOnSubmit,
  );
  const [outcome, replyDate, manifestlyUnfounded, unfoundedResponse] = useWatch({
    control,
    name: ['outcome', 'replyDate', 'manifestlyUnfounded', 'unfoundedResponse'],
  });
  const refusal = isRefusal(outcome ?? 'granted');
  const withdrawn = outcome === 'withdrawn';
  const controller = detail.capacity === 'controller';
  const informs = detail.types.includes('information');
  // A refusal is measured against the original due date even after an extension (Art. 12(4)).
  const dueDate = refusal && clock.refusalDue ? clock.refusalDue : clock.current.date;
  const late = !withdrawn && (replyDate ?? today) > dueDate;
  const applicableGrounds = refusalGrounds
    .filter((ground) => ground.types.some((type) => detail.types.includes(type)))
    .map((ground) => ground.key);
  const stopping = alwaysGrantedTypes(detail.types);
  const fee = !!manifestlyUnfounded && unfoundedResponse === 'fee';

  const submit = handleSubmit(async (values) => {
    const result = await close({
      ...values,
      id: detail.id,
      refusalGrounds: refusal ? values.refusalGrounds : [],
      statesComplaintRight: refusal && values.statesComplaintRight,
      statesJudicialRemedy: refusal && values.statesJudicialRemedy,
      unfoundedJustification: values.manifestlyUnfounded ? values.unfoundedJustification : undefined,
      feeNok: fee ? values.feeNok : null,
      feeBasis: fee ? values.feeBasis : undefined,
      disclosesPersonalData: informs && values.disclosesPersonalData,
      replyDate: withdrawn ? null : values.replyDate,
      replyChannel: withdrawn ? null : values.replyChannel,
      lateReason: late ? values.lateReason : undefined,
    });
    if (!settle(result).ok) {
      // A rule of the closing explains itself above the form, besides the words under its fields.
      if (result.error && isApiErrorLike(result.error) && result.error.code === 'RULE_VIOLATION')
        setFormError(result.error.message);
      return;
    }
    dispatch(notice(`Case ${detail.number} was closed.`));
    onClose();
  });

  return (
    <FormDialog
      title={<>Record the reply and close case {detail.number}</>}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel="Close case"
      maxWidth="md"
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormRadioGroup
            control={control}
            name="outcome"
            label="Outcome"
            values={outcomes}
            labels={outcomeLabels}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <FormTextField
              control={control}
              name="reasons"
              label={refusal ? 'Reasons for the refusal, as given in the reply' : 'Summary of the reply'}
              required={refusal}
              multiline
              minRows={4}
              helperText={
                refusal
                  ? 'E.g. which data is kept under which exception of Art. 17(3), and for how long'
                  : 'Optional: what was sent or done'
              }
            />
            {informs && (
              <FormCheckbox
                control={control}
                name="disclosesPersonalData"
                label="The reply discloses personal data about the person (needs a verified identity)"
              />
            )}
            {stopping.length > 0 && (
              <Alert severity="info">
                {typeList(stopping).charAt(0).toUpperCase() + typeList(stopping).slice(1)} is never refused
                (Arts. 7(3), 21(2)-(3)): the processing stops on request.
              </Alert>
            )}
          </Stack>
        </Grid>
        <Grid size={12}>
          <Collapse in={refusal} unmountOnExit>
            <Alert severity="info" icon={<GavelOutlinedIcon />} sx={{ mb: 1 }}>
              <AlertTitle>A refusal must tell the person (Art. 12(4))</AlertTitle>
              the reasons, that they may complain to Datatilsynet, and that they may seek a judicial remedy.
              {controller
                ? ' Confirm that the reply says so.'
                : ' As processor, the customer’s reply says so.'}
            </Alert>
            {controller && (
              <FormControl>
                <FormCheckbox
                  control={control}
                  name="statesComplaintRight"
                  label="The reply states the right to complain to Datatilsynet"
                />
                <FieldError control={control} name="statesComplaintRight" />
                <FormCheckbox
                  control={control}
                  name="statesJudicialRemedy"
                  label="The reply states the right to a judicial remedy"
                />
                <FieldError control={control} name="statesJudicialRemedy" />
              </FormControl>
            )}
            {applicableGrounds.length > 0 && (
              <Stack sx={{ mt: 1 }}>
                <FormCheckboxGroup
                  control={control}
                  name="refusalGrounds"
                  label="Grounds in law (beside the reasons)"
                  values={applicableGrounds}
                  labels={groundLabels}
                  size="small"
                  optionSx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiCheckbox-root': { pt: 0.25 } }}
                />
              </Stack>
            )}
          </Collapse>
        </Grid>
        <Grid size={12}>
          <FormCheckbox
            control={control}
            name="manifestlyUnfounded"
            label="The request is manifestly unfounded or excessive (Art. 12(5))"
          />
          <Collapse in={!!manifestlyUnfounded} unmountOnExit>
            <Stack spacing={2} sx={{ mt: 1 }}>
              <FormTextField
                control={control}
                name="unfoundedJustification"
                label="Justification (the burden of proof is ours)"
                required
                multiline
                minRows={2}
                helperText="E.g. repeated identical requests, with dates"
              />
              <Stack>
                <FormRadioGroup
                  control={control}
                  name="unfoundedResponse"
                  label="What we do about it"
                  row
                  values={unfoundedResponses}
                  labels={unfoundedResponseLabels}
                />
                <FieldError control={control} name="manifestlyUnfounded" />
              </Stack>
              {unfoundedResponse === 'fee' && (
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                  <FormTextField
                    control={control}
                    name="feeNok"
                    label="Fee (kr)"
                    required
                    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                    helperText="Whole kroner"
                    sx={{ maxWidth: 180 }}
                  />
                  <FormTextField
                    control={control}
                    name="feeBasis"
                    label="How the fee was worked out"
                    required
                    helperText="The administrative costs only (Art. 12(5))"
                  />
                </Stack>
              )}
            </Stack>
          </Collapse>
        </Grid>
        {!withdrawn && (
          <>
            <Grid size={{ xs: 12, md: 4 }}>
              <FormDateField
                control={control}
                name="replyDate"
                label="Reply sent on"
                required
                min={clock.receivedDate}
                max={today}
                helperText={`Due ${formatDue(dueDate)}${refusal && clock.refusalDue ? ' (a refusal: the original due date)' : ''}`}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <EnumSelect
                control={control}
                name="replyChannel"
                label="Reply sent by"
                required
                values={replyChannels}
                labels={replyChannelLabels}
              />
            </Grid>
          </>
        )}
        {late && (
          <Grid size={12}>
            <Alert severity="warning" sx={{ mb: 1 }}>
              {refusal && clock.refusalDue
                ? `A refusal is due within one month of receipt even after an extension (Art. 12(4)): this reply is after the original due date, ${formatDue(dueDate)}. The case is recorded as answered late.`
                : `The reply is after the due date, ${formatDue(dueDate)}. The case is recorded as answered late.`}
            </Alert>
            <FormTextField
              control={control}
              name="lateReason"
              label="Why the reply is late"
              required
              multiline
              minRows={2}
            />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
