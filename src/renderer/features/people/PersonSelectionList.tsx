import {
  Box,
  Button,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import type { ReactNode } from 'react';
import { personRecordKindLabels } from '../../../shared/people/contract';
import { type SelectedRecord, selectionKey } from './selection';

const text = {
  heading: 'Selection',
  count: (count: number) => (count === 1 ? '1 record' : `${count} records`),
  empty:
    'Nothing selected yet. Tick the results that are this person’s; search again with another spelling (a former name, another e-mail address or phone number) and add those too.',
  searches: (queries: string[]) => `Gathered from: ${queries.map((query) => `“${query}”`).join(', ')}`,
  foundBy: (query: string, why: string) => `found by “${query}”, matched: ${why}`,
  remove: (title: string) => `Remove ${title} from the selection`,
  clear: 'Clear the selection',
};

/**
 * The records gathered for one person, with how each was found, a button to remove each and one to
 * clear them all. `actions` are what acts on the selection (the access report; erasure).
 */
export function PersonSelectionList({
  selected,
  onChange,
  actions,
}: {
  selected: SelectedRecord[];
  onChange: (next: SelectedRecord[]) => void;
  actions?: ReactNode;
}) {
  const queries = [...new Set(selected.map((record) => record.query))];
  return (
    <Paper variant="outlined" component="section" aria-label={text.heading} sx={{ p: 2 }}>
      <Stack
        direction="row"
        spacing={1}
        alignItems="baseline"
        justifyContent="space-between"
        flexWrap="wrap"
        useFlexGap
      >
        <Typography variant="h6" component="h2">
          {text.heading} ({text.count(selected.length)})
        </Typography>
        <Button size="small" onClick={() => onChange([])} disabled={selected.length === 0}>
          {text.clear}
        </Button>
      </Stack>
      {selected.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {text.empty}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {text.searches(queries)}
          </Typography>
          <List dense aria-label={text.heading} sx={{ maxHeight: 360, overflowY: 'auto' }}>
            {selected.map((record) => (
              <ListItem
                key={selectionKey(record)}
                divider
                secondaryAction={
                  <Tooltip title={text.remove(record.title)}>
                    <IconButton
                      edge="end"
                      aria-label={text.remove(record.title)}
                      onClick={() =>
                        onChange(selected.filter((other) => selectionKey(other) !== selectionKey(record)))
                      }
                    >
                      <CloseIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemText
                  primary={`${record.title} · ${personRecordKindLabels[record.kind]}`}
                  secondary={text.foundBy(record.query, record.why)}
                  slotProps={{ primary: { noWrap: true } }}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {actions && (
        <Box sx={{ mt: 1.5, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{actions}</Box>
      )}
    </Paper>
  );
}
