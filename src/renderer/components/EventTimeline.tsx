import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import { type ReactElement, useState } from 'react';
import { useT } from '../i18n';

export interface TimelineEvent {
  id: number;
  kind: string;
  summary: string;
  at: string;
  by: string;
}

/**
 * What happened on a record, newest first, with who did it, and a field to add a note. `icons`
 * maps an event kind to its icon; a "closed" event stands out. `onAddNote` resolves true once saved.
 */
export function EventTimeline({
  events,
  icons,
  formatAt,
  noteLabel,
  onAddNote,
  saving,
}: {
  events: readonly TimelineEvent[];
  icons: Readonly<Record<string, ReactElement>>;
  formatAt(iso: string): string;
  noteLabel: string;
  onAddNote(text: string): Promise<boolean>;
  saving: boolean;
}) {
  const t = useT('components');
  const [text, setText] = useState('');
  const save = () => void onAddNote(text).then((saved) => saved && setText(''));
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} alignItems="flex-start">
        <TextField
          label={noteLabel}
          value={text}
          multiline
          maxRows={4}
          onChange={(event) => setText(event.target.value)}
        />
        <Button variant="outlined" onClick={save} disabled={!text.trim() || saving} sx={{ flexShrink: 0 }}>
          {t('addNote')}
        </Button>
      </Stack>
      <Box component="ol" aria-label={t('timeline')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((event, index) => (
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
              {index < events.length - 1 && (
                <Box sx={{ width: 2, flexGrow: 1, bgcolor: 'divider', my: 0.5 }} />
              )}
            </Box>
            <Box sx={{ pb: 2, minWidth: 0 }}>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {event.summary}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatAt(event.at)} · {event.by}
              </Typography>
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}
