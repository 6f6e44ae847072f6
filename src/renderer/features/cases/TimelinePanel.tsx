import { Box, Button, Card, CardContent, CardHeader, Stack, TextField, Typography } from '@mui/material';
import AssignmentIndOutlinedIcon from '@mui/icons-material/AssignmentIndOutlined';
import CallSplitOutlinedIcon from '@mui/icons-material/CallSplitOutlined';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { type ReactElement, useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import { formatDateTime } from '../../lib/format';
import { useAddCaseNoteMutation } from './casesApi';
import { useRun } from './useRun';

const icons: Record<string, ReactElement> = {
  created: <FolderOpenOutlinedIcon fontSize="small" />,
  updated: <EditOutlinedIcon fontSize="small" />,
  assigned: <AssignmentIndOutlinedIcon fontSize="small" />,
  'received-date': <EventOutlinedIcon fontSize="small" />,
  verification: <ShieldOutlinedIcon fontSize="small" />,
  override: <GppMaybeOutlinedIcon fontSize="small" />,
  task: <TaskAltIcon fontSize="small" />,
  recipient: <PeopleOutlineIcon fontSize="small" />,
  forwarding: <CallSplitOutlinedIcon fontSize="small" />,
  extension: <MoreTimeIcon fontSize="small" />,
  closed: <GavelOutlinedIcon fontSize="small" />,
  note: <EditNoteOutlinedIcon fontSize="small" />,
};

/** Everything that happened on the case, newest first, with who did it. */
export function TimelinePanel({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [addNote, { isLoading }] = useAddCaseNoteMutation();
  const [text, setText] = useState('');
  const save = () =>
    void run(addNote({ id: detail.id, text }), 'The note was added.').then(
      (outcome) => outcome.ok && setText(''),
    );
  return (
    <Card>
      <CardHeader title="Timeline" slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }} alignItems="flex-start">
          <TextField
            label="Add a note (a call from the person, a step outside the app)"
            value={text}
            multiline
            maxRows={4}
            onChange={(event) => setText(event.target.value)}
          />
          <Button
            variant="outlined"
            onClick={save}
            disabled={!text.trim() || isLoading}
            sx={{ flexShrink: 0 }}
          >
            Add note
          </Button>
        </Stack>
        <Box component="ol" aria-label="Timeline" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {detail.timeline.map((event, index) => (
            <Box component="li" key={event.id} sx={{ display: 'flex', gap: 1.5 }}>
              <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                <Box
                  sx={{
                    width: 30,
                    height: 30,
                    borderRadius: '50%',
                    display: 'grid',
                    placeItems: 'center',
                    bgcolor: event.kind === 'closed' ? 'primary.main' : 'action.hover',
                    color: event.kind === 'closed' ? 'primary.contrastText' : 'text.secondary',
                    flexShrink: 0,
                  }}
                >
                  {icons[event.kind] ?? <EditNoteOutlinedIcon fontSize="small" />}
                </Box>
                {index < detail.timeline.length - 1 && (
                  <Box sx={{ width: 2, flexGrow: 1, bgcolor: 'divider', my: 0.5 }} />
                )}
              </Box>
              <Box sx={{ pb: 2, minWidth: 0 }}>
                <Typography variant="body2">{event.summary}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {formatDateTime(event.at)} · {event.by}
                </Typography>
              </Box>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
