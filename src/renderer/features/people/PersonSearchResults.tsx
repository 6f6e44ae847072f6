import {
  Box,
  Button,
  Checkbox,
  Chip,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { Link as RouterLink } from 'react-router';
import type { ChannelOutput } from '../../../shared/contract';
import type { PersonMatch } from '../../../shared/people/contract';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { kindKey, type SelectedRecord, selectionKey } from './selection';
import { useMatchWords } from './matchWords';

function MatchItem({
  match,
  selected,
  onToggle,
}: {
  match: PersonMatch;
  selected: boolean | undefined;
  onToggle?: (match: PersonMatch, selected: boolean) => void;
}) {
  const t = useT('people');
  const words = useMatchWords();
  const label = t('select', { title: words.title(match) });
  return (
    <ListItem divider alignItems="flex-start">
      {onToggle && (
        <ListItemIcon sx={{ minWidth: 40, mt: 0.25 }}>
          <Checkbox
            edge="start"
            checked={selected === true}
            onChange={(event) => onToggle(match, event.target.checked)}
            slotProps={{ input: { 'aria-label': label } }}
          />
        </ListItemIcon>
      )}
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
            <Link component={RouterLink} to={match.path} underline="hover" fontWeight={600}>
              {words.title(match)}
            </Link>
            <Chip size="small" variant="outlined" label={t('matched', { why: words.why(match) })} />
            {match.deleted && <Chip size="small" color="warning" variant="outlined" label={t('deleted')} />}
          </Stack>
        }
        secondary={`${match.date ? `${formatDateTime(match.date)} · ` : ''}${words.detail(match)}`}
      />
    </ListItem>
  );
}

/**
 * The answer of one person search, grouped by kind. With `selected` and `onSelect` each result can
 * be ticked into a selection, and "Select all results of this search" adds every one shown.
 */
export function PersonSearchResults({
  data,
  selected,
  onSelect,
}: {
  data: ChannelOutput<'people.find'>;
  selected?: SelectedRecord[];
  onSelect?: (add: SelectedRecord[], remove: Array<{ kind: string; id: number }>) => void;
}) {
  const t = useT('people');
  const found = data.groups.filter((group) => group.total > 0);
  const keys = new Set((selected ?? []).map(selectionKey));
  const all = found.flatMap((group) => group.items);
  const unselected = all.filter((match) => !keys.has(selectionKey(match)));
  const record = (match: PersonMatch): SelectedRecord => ({ ...match, query: data.query });
  if (found.length === 0)
    return (
      <EmptyState
        title={t('nothing', { query: t('quoted', { text: data.query }) })}
        icon={<PersonSearchOutlinedIcon fontSize="inherit" />}
      />
    );
  return (
    <Stack spacing={2}>
      {onSelect && (
        <Box>
          <Button
            variant="outlined"
            disabled={unselected.length === 0}
            onClick={() => onSelect(unselected.map(record), [])}
          >
            {unselected.length === 0 ? t('allSelected') : t('selectAll', { count: all.length })}
          </Button>
        </Box>
      )}
      {found.map((group) => (
        <Paper key={group.kind} variant="outlined" component="section" aria-label={t(kindKey[group.kind])}>
          <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
            {t(kindKey[group.kind])} ({group.total})
          </Typography>
          {group.total > group.items.length && (
            <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
              {t('newest', { count: group.items.length })}
            </Typography>
          )}
          <List dense disablePadding aria-label={t(kindKey[group.kind])}>
            {group.items.map((match) => (
              <MatchItem
                key={selectionKey(match)}
                match={match}
                selected={keys.has(selectionKey(match))}
                onToggle={
                  onSelect
                    ? (toggled, on) => (on ? onSelect([record(toggled)], []) : onSelect([], [toggled]))
                    : undefined
                }
              />
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}
