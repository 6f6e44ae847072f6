import { useSay, useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseTask } from '../../../shared/cases/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
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
  const { field, dialog } = useDialogForm(
    taskStateForm,
    { id: detail.id, taskId: task.id, state: 'not-applicable', note: '' },
    { save: setState, onClose, formOptions: validateOnSubmit },
  );
  return (
    <FormDialog
      {...dialog}
      title={t('doesNotApply')}
      intro={<>{task.labelText ? say(task.labelText) : task.label}</>}
      submitLabel={t('markNotApplicable')}
      maxWidth="xs"
    >
      <FormTextField {...field('note')} label={t('whyNotApply')} required autoFocus />
    </FormDialog>
  );
}
