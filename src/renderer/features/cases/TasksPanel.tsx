import {
  Badge,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Collapse,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutline';
import DoNotDisturbAltIcon from '@mui/icons-material/DoNotDisturbAlt';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import type { CaseDetail, CaseTask } from '../../../shared/cases/contract';
import { requestTypeInfo, typesNeedingRecipients } from '../../../shared/cases/rules';
import { formatDateTime } from '../../lib/format';
import { useColleaguesQuery } from '../users/usersApi';
import {
  useAddTaskMutation,
  useAssignTaskMutation,
  useCommentTaskMutation,
  useSetTaskStateMutation,
} from './casesApi';
import { RestrictionsCard } from './RestrictionsPanel';
import { useRun } from './useRun';
import { ForwardingCard, RecipientsCard } from './RecipientsCards';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function TaskRow({ detail, task }: { detail: CaseDetail; task: CaseTask }) {
  const run = useRun();
  const open = detail.state === 'open';
  const [setState] = useSetTaskStateMutation();
  const [assign] = useAssignTaskMutation();
  const [comment] = useCommentTaskMutation();
  const { data: colleagues } = useColleaguesQuery({});
  const handlers = (colleagues ?? []).filter(
    (user) => user.roles.includes('dpo') || user.roles.includes('admin'),
  );
  const [expanded, setExpanded] = useState(false);
  const [text, setText] = useState('');
  const [naOpen, setNaOpen] = useState(false);
  const [naReason, setNaReason] = useState('');
  const locked = !!task.effect && !detail.verification.gate.open && task.state === 'open';

  return (
    <ListItem divider disableGutters sx={{ display: 'block', py: 1 }}>
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <Tooltip title={locked ? 'Needs a verified identity (see Verification)' : ''}>
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
              slotProps={{ input: { 'aria-label': task.label } }}
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
                aria-label="Locked"
              />
            )}
            {task.label}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {task.state === 'done'
              ? `Done by ${task.doneBy}, ${formatDateTime(task.doneAt)}`
              : task.state === 'not-applicable'
                ? `Not applicable: ${task.stateNote} (${task.doneBy})`
                : task.help}
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label="Assignee"
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
          <MenuItem value="">Nobody</MenuItem>
          {handlers.map((user) => (
            <MenuItem key={user.id} value={String(user.id)}>
              {user.displayName}
            </MenuItem>
          ))}
        </TextField>
        <Tooltip title="Comments">
          <IconButton aria-label={`Comments on ${task.label}`} onClick={() => setExpanded(!expanded)}>
            <Badge badgeContent={task.comments.length} color="primary">
              <ChatBubbleOutlineIcon fontSize="small" />
            </Badge>
          </IconButton>
        </Tooltip>
        {open &&
          (task.state === 'open' ? (
            <Tooltip title="Does not apply">
              <IconButton aria-label={`${task.label} does not apply`} onClick={() => setNaOpen(true)}>
                <DoNotDisturbAltIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          ) : (
            <Tooltip title="Reopen">
              <IconButton
                aria-label={`Reopen ${task.label}`}
                onClick={() => void run(setState({ id: detail.id, taskId: task.id, state: 'open' }))}
              >
                <ReplayIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          ))}
      </Stack>
      <Collapse in={expanded} unmountOnExit>
        <Box sx={{ pl: 6, pr: 1, pt: 1 }}>
          {task.comments.map((entry) => (
            <Box key={entry.id} sx={{ mb: 1 }}>
              <Typography variant="caption" color="text.secondary">
                {entry.by}, {formatDateTime(entry.at)}
              </Typography>
              <Typography variant="body2">{entry.text}</Typography>
            </Box>
          ))}
          {open && (
            <Stack direction="row" spacing={1}>
              <TextField
                size="small"
                label="Add a comment"
                value={text}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && text.trim()) {
                    event.preventDefault();
                    void run(comment({ id: detail.id, taskId: task.id, text })).then(
                      (outcome) => outcome.ok && setText(''),
                    );
                  }
                }}
              />
              <Button
                disabled={!text.trim()}
                onClick={() =>
                  void run(comment({ id: detail.id, taskId: task.id, text })).then(
                    (outcome) => outcome.ok && setText(''),
                  )
                }
              >
                Comment
              </Button>
            </Stack>
          )}
        </Box>
      </Collapse>
      <Dialog open={naOpen} onClose={() => setNaOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>Does not apply</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{task.label}</DialogContentText>
          <TextField
            label="Why it does not apply"
            required
            autoFocus
            value={naReason}
            onChange={(event) => setNaReason(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaOpen(false)}>Cancel</Button>
          <Button
            variant="contained"
            disabled={!naReason.trim()}
            onClick={() =>
              void run(
                setState({ id: detail.id, taskId: task.id, state: 'not-applicable', note: naReason }),
              ).then((outcome) => outcome.ok && setNaOpen(false))
            }
          >
            Mark not applicable
          </Button>
        </DialogActions>
      </Dialog>
    </ListItem>
  );
}

/** Each request type's work from DOMAIN.md, or the processor's when we act for a customer. */
export function TasksPanel({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [addTask] = useAddTaskMutation();
  const [label, setLabel] = useState('');
  const open = detail.state === 'open';
  const groups: Array<{ key: string; title: string; subtitle?: string; tasks: CaseTask[] }> = [];
  if (detail.capacity === 'processor') {
    groups.push({
      key: 'processor',
      title: 'As processor: assist the controller',
      subtitle:
        'Art. 28(3)(e): the customer answers the person; we forward, follow its instructions and report back.',
      tasks: detail.tasks.filter((task) => task.type === null && task.key !== null),
    });
  }
  for (const type of detail.types) {
    const tasks = detail.tasks.filter((task) => task.type === type);
    if (tasks.length > 0)
      groups.push({
        key: type,
        title: `${requestTypeInfo[type].label} (${requestTypeInfo[type].article})`,
        subtitle: requestTypeInfo[type].replyMust,
        tasks,
      });
  }
  // Work on a request type later removed from the case stays visible.
  const shown = new Set(groups.flatMap((group) => group.tasks.map((task) => task.id)));
  const other = detail.tasks.filter((task) => !shown.has(task.id));
  if (other.length > 0) groups.push({ key: 'other', title: 'Other tasks', tasks: other });
  const openCount = detail.tasks.filter((task) => task.state === 'open').length;

  return (
    <Stack spacing={2}>
      {detail.capacity === 'processor' && <ForwardingCard detail={detail} />}
      {(detail.types.includes('restriction') ||
        detail.types.includes('erasure') ||
        detail.restrictions.length > 0) && <RestrictionsCard detail={detail} />}
      <Card>
        <CardHeader
          title="Tasks"
          subheader={
            openCount === 0
              ? 'All tasks are done or do not apply.'
              : `${openCount} of ${detail.tasks.length} open. Tasks marked with a lock disclose, change or erase data and wait for a verified identity.`
          }
          slotProps={titleProps}
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
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              <TextField
                size="small"
                label="Add a task"
                value={label}
                onChange={(event) => setLabel(event.target.value)}
                sx={{ maxWidth: 480 }}
              />
              <Button
                startIcon={<AddTaskIcon />}
                disabled={!label.trim()}
                onClick={() =>
                  void run(addTask({ id: detail.id, label }), 'The task was added.').then(
                    (outcome) => outcome.ok && setLabel(''),
                  )
                }
              >
                Add
              </Button>
            </Stack>
          )}
        </CardContent>
      </Card>
      {detail.capacity === 'controller' && typesNeedingRecipients(detail.types).length > 0 && (
        <RecipientsCard detail={detail} />
      )}
    </Stack>
  );
}
