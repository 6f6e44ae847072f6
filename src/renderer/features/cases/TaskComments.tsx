import { Box, Button, Stack, Typography } from '@mui/material';
import { useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseTask } from '../../../shared/cases/contract';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { useCommentTaskMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

const commentForm = casesChannels['cases.commentTask'].input.pick({ text: true });

/** A task's comments, oldest first, and (on an open case) a line to add one: Enter sends it. */
export function TaskComments({ detail, task }: { detail: CaseDetail; task: CaseTask }) {
  const t = useT('cases');
  const [comment] = useCommentTaskMutation();
  const { field, handleSubmit, formState, formError, settle, reset } = useChannelForm(
    commentForm,
    { text: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async (values) => {
    if (settle(await comment({ id: detail.id, taskId: task.id, ...values })).ok) reset({ text: '' });
  });
  return (
    <Box sx={{ pl: 6, pr: 1, pt: 1 }}>
      {task.comments.map((entry) => (
        <Box key={entry.id} sx={{ mb: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {entry.by}, {formatDateTime(entry.at)}
          </Typography>
          <Typography variant="body2">{entry.text}</Typography>
        </Box>
      ))}
      {detail.state === 'open' && (
        <Stack component="form" onSubmit={submit} noValidate>
          <FormError message={formError} />
          <Stack direction="row" spacing={1} alignItems="flex-start">
            <FormTextField {...field('text')} size="small" label={t('addComment')} />
            <Button type="submit" disabled={formState.isSubmitting}>
              {t('comment')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Box>
  );
}
