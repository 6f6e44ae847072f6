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
import { useT } from '../../i18n';
import { kindKey, type SelectedRecord, selectionKey } from './selection';
import { useMatchWords } from './matchWords';

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
  const t = useT('people');
  const words = useMatchWords();
  const quoted = (query: string) => t('quoted', { text: query });
  const queries = [...new Set(selected.map((record) => record.query))];
  return (
    <Paper variant="outlined" component="section" aria-label={t('selection')} sx={{ p: 2 }}>
      <Stack
        direction="row"
        spacing={1}
        alignItems="baseline"
        justifyContent="space-between"
        flexWrap="wrap"
        useFlexGap
      >
        <Typography variant="h6" component="h2">
          {t('selection')} ({t('records', { count: selected.length })})
        </Typography>
        <Button size="small" onClick={() => onChange([])} disabled={selected.length === 0}>
          {t('clear')}
        </Button>
      </Stack>
      {selected.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('empty')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('gatheredFrom', { searches: queries.map(quoted).join(', ') })}
          </Typography>
          <List dense aria-label={t('selection')} sx={{ maxHeight: 360, overflowY: 'auto' }}>
            {selected.map((record) => (
              <ListItem
                key={selectionKey(record)}
                divider
                secondaryAction={
                  <Tooltip title={t('remove', { title: words.title(record) })}>
                    <IconButton
                      edge="end"
                      aria-label={t('remove', { title: words.title(record) })}
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
                  primary={`${words.title(record)} · ${t(kindKey[record.kind])}`}
                  secondary={t('foundBy', { query: quoted(record.query), why: words.why(record) })}
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
