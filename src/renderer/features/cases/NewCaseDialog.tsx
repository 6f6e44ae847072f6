import { useT } from '../../i18n';
import { newCaseFields } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { CaseForm } from './CaseForm';
import { emptyCaseForm } from './caseFormValues';
import { useCreateCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** Direct intake: a letter, an e-mail to the privacy address, a visitor. */
export function NewCaseDialog({
  today,
  onClose,
  onCreated,
}: {
  today: string | undefined;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const t = useT('cases');
  const dispatch = useAppDispatch();
  const [create] = useCreateCaseMutation();
  const form = useChannelForm(newCaseFields, emptyCaseForm(today ?? null), validateOnSubmit);
  const { handleSubmit, formState, formError, settle } = form;

  const submit = handleSubmit(async (values) => {
    const result = settle(await create(values));
    if (!result.ok || !result.data) return;
    const { id, number, duplicates } = result.data;
    dispatch(
      duplicates.length > 0
        ? notice(
            t('caseOpenedDuplicates', { number, numbers: duplicates.map((dup) => dup.number).join(', ') }),
            'warning',
          )
        : notice(t('caseOpened', { number })),
    );
    onCreated(id);
  });

  return (
    <FormDialog
      title={t('newCase')}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('openCase')}
      maxWidth="md"
    >
      <CaseForm form={form} mode="new" today={today} />
    </FormDialog>
  );
}
