import { Box, Button, Card, CardContent, CardHeader, Stack, TextField, Typography } from '@mui/material';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import { type ReactElement, type ReactNode, useState } from 'react';
import type { Phrase } from '../../shared/i18n/phrases';
import { useSay, useT } from '../i18n';
import { cardTitleProps } from './cardTitle';

export interface TimelineEvent {
  id: number;
  kind: string;
  summary: string;
  at: string;
  by: string;
  /** The summary as the core words it, said in the user's language in place of `summary`. */
  summaryText?: Phrase | null;
}

/**
 * The timeline panel of a record (the case's Timeline tab, the breach's History tab): what happened,
 * newest first, with who did it, and a field to add a note; `children` go below it. `icons` maps an
 * event kind to its icon; a "closed" event stands out. `onAddNote` resolves true once saved.
 */
export function EventTimeline({
  title,
  subheader,
  events,
  icons,
  formatAt,
  noteLabel,
  onAddNote,
  saving,
  children,
}: {
  title: string;
  subheader?: string;
  events: readonly TimelineEvent[];
  icons: Readonly<Record<string, ReactElement>>;
  formatAt(iso: string): string;
  noteLabel: string;
  onAddNote(text: string): Promise<boolean>;
  saving: boolean;
  children?: ReactNode;
}) {
  const t = useT('components');
  const say = useSay();
  const [text, setText] = useState('');
  const save = () => void onAddNote(text).then((saved) => saved && setText(''));
  return (
    <Card>
      <CardHeader title={title} subheader={subheader} slotProps={cardTitleProps} />
      <CardContent sx={{ pt: 0 }}>
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
                  {event.summaryText ? say(event.summaryText) : event.summary}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {formatAt(event.at)} · {event.by}
                </Typography>
              </Box>
            </Box>
          ))}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}
