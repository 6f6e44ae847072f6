import { Box, Card, CardContent, CardHeader, List, Stack, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { useLabels, useT } from '../../i18n';
import { casesChannels, type CaseDetail, type CaseTask } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { AddLineForm } from './AddLineForm';
import { TaskRow } from './TaskRow';
import { typesNeedingRecipients } from '../../../shared/cases/rules';
import { useAddTaskMutation } from './casesApi';
import { RestrictionsCard } from './RestrictionsPanel';
import { ForwardingCard } from './ForwardingCard';
import { RecipientsCard } from './RecipientsCards';
import { cardTitleProps } from './caseUi';

/** Each request type's work from DOMAIN.md, or the processor's when we act for a customer. */
export function TasksPanel({ detail }: { detail: CaseDetail }) {
  const dispatch = useAppDispatch();
  const t = useT('cases');
  const requestTypeLabels = useLabels('requestType');
  const requestTypeArticleLabels = useLabels('requestTypeArticle');
  const requestTypeReplyMustLabels = useLabels('requestTypeReplyMust');
  const [addTask] = useAddTaskMutation();
  const open = detail.state === 'open';
  const groups: Array<{ key: string; title: string; subtitle?: string; tasks: CaseTask[] }> = [];
  if (detail.capacity === 'processor') {
    groups.push({
      key: 'processor',
      title: t('asProcessor'),
      subtitle: t('asProcessorHelp'),
      tasks: detail.tasks.filter((task) => task.type === null && task.key !== null),
    });
  }
  for (const type of detail.types) {
    const tasks = detail.tasks.filter((task) => task.type === type);
    if (tasks.length > 0)
      groups.push({
        key: type,
        title: `${requestTypeLabels[type]} (${requestTypeArticleLabels[type]})`,
        subtitle: requestTypeReplyMustLabels[type],
        tasks,
      });
  }
  // Work on a request type later removed from the case stays visible.
  const shown = new Set(groups.flatMap((group) => group.tasks.map((task) => task.id)));
  const other = detail.tasks.filter((task) => !shown.has(task.id));
  if (other.length > 0) groups.push({ key: 'other', title: t('otherTasks'), tasks: other });
  const openCount = detail.tasks.filter((task) => task.state === 'open').length;

  return (
    <Stack spacing={2}>
      {detail.capacity === 'processor' && <ForwardingCard detail={detail} />}
      {(detail.types.includes('restriction') ||
        detail.types.includes('erasure') ||
        detail.restrictions.length > 0) && <RestrictionsCard detail={detail} />}
      <Card>
        <CardHeader
          title={t('tasks')}
          subheader={
            openCount === 0
              ? t('tasksAllDone')
              : t('tasksOpenOf', { open: openCount, total: detail.tasks.length })
          }
          slotProps={cardTitleProps}
        />
        <CardContent sx={{ pt: 0 }}>
          {groups.map((group) => (
            <Box key={group.key} sx={{ mb: 2 }} component="section" aria-label={group.title}>
              <Typography variant="subtitle2" component="h3">
                {group.title}
              </Typography>
              {group.subtitle && (
                <Typography variant="caption" color="text.secondary" component="p">
                  {group.subtitle}
                </Typography>
              )}
              <List dense disablePadding>
                {group.tasks.map((task) => (
                  <TaskRow key={task.id} detail={detail} task={task} />
                ))}
              </List>
            </Box>
          ))}
          {open && (
            <AddLineForm
              textSchema={casesChannels['cases.addTask'].input.shape.label}
              label={t('addTask')}
              button={t('add')}
              startIcon={<AddTaskIcon />}
              sx={{ maxWidth: 480 }}
              onAdd={async (label) => {
                const result = await addTask({ id: detail.id, label });
                if (!result.error) dispatch(notice(t('taskAdded')));
                return result;
              }}
            />
          )}
        </CardContent>
      </Card>
      {detail.capacity === 'controller' && typesNeedingRecipients(detail.types).length > 0 && (
        <RecipientsCard detail={detail} />
      )}
    </Stack>
  );
}
