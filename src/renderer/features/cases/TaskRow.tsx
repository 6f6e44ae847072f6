import {
  Badge,
  Box,
  Checkbox,
  Collapse,
  IconButton,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutline';
import DoNotDisturbAltIcon from '@mui/icons-material/DoNotDisturbAlt';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { useSay, useT } from '../../i18n';
import type { CaseDetail, CaseTask } from '../../../shared/cases/contract';
import { formatDateTime } from '../../lib/format';
import { useAssignTaskMutation, useSetTaskStateMutation } from './casesApi';
import { NotApplicableDialog } from './NotApplicableDialog';
import { TaskComments } from './TaskComments';
import { useHandlers } from './useHandlers';
import { useRun } from './useRun';

/** One task: done or not, who does it, its comments, and "does not apply". */
export function TaskRow({ detail, task }: { detail: CaseDetail; task: CaseTask }) {
  const t = useT('cases');
  const say = useSay();
  const label = task.labelText ? say(task.labelText) : task.label;
  const help = task.helpText ? say(task.helpText) : task.help;
  const run = useRun();
  const open = detail.state === 'open';
  const [setState] = useSetTaskStateMutation();
  const [assign] = useAssignTaskMutation();
  const handlers = useHandlers();
  const [expanded, setExpanded] = useState(false);
  const [naOpen, setNaOpen] = useState(false);
  const locked = !!task.effect && !detail.verification.gate.open && task.state === 'open';

  return (
    <ListItem divider disableGutters sx={{ display: 'block', py: 1 }}>
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <Tooltip title={locked ? t('needsVerified') : ''}>
          <span>
            <Checkbox
              checked={task.state === 'done'}
              indeterminate={task.state === 'not-applicable'}
              disabled={!open || locked || task.state === 'not-applicable'}
              onChange={(event) =>
                void run(
                  setState({ id: detail.id, taskId: task.id, state: event.target.checked ? 'done' : 'open' }),
                )
              }
              slotProps={{ input: { 'aria-label': label } }}
              sx={{ mt: -0.75 }}
            />
          </span>
        </Tooltip>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography
            variant="body2"
            sx={{
              textDecoration: task.state === 'not-applicable' ? 'line-through' : 'none',
              color: task.state === 'open' ? 'text.primary' : 'text.secondary',
            }}
          >
            {locked && (
              <LockOutlinedIcon
                sx={{ fontSize: 15, mr: 0.5, verticalAlign: 'text-top' }}
                aria-label={t('locked')}
              />
            )}
            {label}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {task.state === 'done'
              ? t('doneBy', { by: task.doneBy, at: formatDateTime(task.doneAt) })
              : task.state === 'not-applicable'
                ? t('notApplicableBy', { note: task.stateNote, by: task.doneBy })
                : help}
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label={t('assignee')}
          value={task.assignee ? String(task.assignee.id) : ''}
          disabled={!open}
          onChange={(event) =>
            void run(
              assign({
                id: detail.id,
                taskId: task.id,
                assigneeId: event.target.value ? Number(event.target.value) : null,
              }),
            )
          }
          sx={{ width: 150, flexShrink: 0 }}
          fullWidth={false}
        >
          <MenuItem value="">{t('nobody')}</MenuItem>
          {handlers.map((user) => (
            <MenuItem key={user.id} value={String(user.id)}>
              {user.displayName}
            </MenuItem>
          ))}
        </TextField>
        <Tooltip title={t('comments')}>
          <IconButton aria-label={t('commentsOn', { task: label })} onClick={() => setExpanded(!expanded)}>
            <Badge badgeContent={task.comments.length} color="primary">
              <ChatBubbleOutlineIcon fontSize="small" />
            </Badge>
          </IconButton>
        </Tooltip>
        {open &&
          (task.state === 'open' ? (
            <Tooltip title={t('doesNotApply')}>
              <IconButton aria-label={t('taskDoesNotApply', { task: label })} onClick={() => setNaOpen(true)}>
                <DoNotDisturbAltIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          ) : (
            <Tooltip title={t('reopen')}>
              <IconButton
                aria-label={t('reopenTask', { task: label })}
                onClick={() => void run(setState({ id: detail.id, taskId: task.id, state: 'open' }))}
              >
                <ReplayIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          ))}
      </Stack>
      <Collapse in={expanded} unmountOnExit>
        <TaskComments detail={detail} task={task} />
      </Collapse>
      {naOpen && <NotApplicableDialog detail={detail} task={task} onClose={() => setNaOpen(false)} />}
    </ListItem>
  );
}
