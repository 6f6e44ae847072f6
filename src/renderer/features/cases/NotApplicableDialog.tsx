import { useSay, useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseTask } from '../../../shared/cases/contract';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useSetTaskStateMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** The channel's input as it is: its rule asks why a task does not apply. */
const taskStateForm = casesChannels['cases.setTaskState'].input;

/** Marks a task as not applying to this case, with the reason. */
export function NotApplicableDialog({
  detail,
  task,
  onClose,
}: {
  detail: CaseDetail;
  task: CaseTask;
  onClose: () => void;
}) {
  const t = useT('cases');
  const say = useSay();
  const [setState] = useSetTaskStateMutation();
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(
    taskStateForm,
    { id: detail.id, taskId: task.id, state: 'not-applicable', note: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (settle(await setState(values)).ok) onClose();
  });
  return (
    <FormDialog
      title={t('doesNotApply')}
      intro={<>{task.labelText ? say(task.labelText) : task.label}</>}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('markNotApplicable')}
      maxWidth="xs"
    >
      <FormTextField {...field('note')} label={t('whyNotApply')} required autoFocus />
    </FormDialog>
  );
}
