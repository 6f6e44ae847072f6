import {
  Box,
  Button,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { type FormEvent, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { type PersonMatch, personRecordKindLabels } from '../../../shared/people/contract';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { EraseButton } from '../erasure/EraseButton';
import { useFindPersonQuery } from './peopleApi';

function MatchItem({ match }: { match: PersonMatch }) {
  return (
    <ListItem divider alignItems="flex-start">
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
            <Link component={RouterLink} to={match.path} underline="hover" fontWeight={600}>
              {match.title}
            </Link>
            <Chip size="small" variant="outlined" label={`Matched: ${match.why}`} />
            {match.deleted && (
              <Chip size="small" color="warning" variant="outlined" label="Deleted, kept until the purge" />
            )}
          </Stack>
        }
        secondary={`${match.date ? `${formatDateTime(match.date)} · ` : ''}${match.detail}`}
      />
    </ListItem>
  );
}

/**
 * Work → People: one person across every record, for an access or erasure request. The search is
 * run when asked for (each one is audited), and kept in the address so Back returns to it.
 */
export function PeoplePage() {
  const [params, setParams] = useSearchState(['q'] as const);
  const [typed, setTyped] = useState(params.q ?? '');
  const query = params.q ?? '';
  const { data, error, isFetching } = useFindPersonQuery({ query }, { skip: query.trim().length === 0 });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams({ q: typed.trim() || null });
  };

  const found = data?.groups.filter((group) => group.total > 0) ?? [];
  return (
    <>
      <PageHeader
        title="People"
        subtitle="Find one person across inquiries (deleted ones too), cases, breaches, contact persons, attached files and the audit log: by name, e-mail address, phone number (with or without spaces and +47) or customer reference. Every search is recorded in the audit log."
        actions={
          found.length > 0 && data ? (
            <EraseButton
              selection={{
                items: found.flatMap((group) =>
                  group.items.map((item) => ({ kind: item.kind, id: item.id })),
                ),
                queries: [data.query],
              }}
            />
          ) : undefined
        }
      />
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Box component="form" onSubmit={search} role="search">
          <Stack direction="row" spacing={1.5} alignItems="flex-start">
            <TextField
              label="Name, e-mail address, phone number or reference"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              sx={{ width: 480 }}
              fullWidth={false}
              autoFocus
            />
            <Button
              type="submit"
              variant="contained"
              startIcon={<PersonSearchOutlinedIcon />}
              disabled={isFetching}
            >
              {isFetching ? 'Searching…' : 'Search'}
            </Button>
          </Stack>
        </Box>
      </Paper>
      <ErrorAlert error={error} />
      {data && found.length === 0 && (
        <EmptyState
          title={`Nothing found for “${data.query}”`}
          icon={<PersonSearchOutlinedIcon fontSize="inherit" />}
        />
      )}
      <Stack spacing={2}>
        {found.map((group) => (
          <Paper
            key={group.kind}
            variant="outlined"
            component="section"
            aria-label={personRecordKindLabels[group.kind]}
          >
            <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
              {personRecordKindLabels[group.kind]} ({group.total})
            </Typography>
            {group.total > group.items.length && (
              <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
                The newest {group.items.length} are shown.
              </Typography>
            )}
            <List dense disablePadding aria-label={personRecordKindLabels[group.kind]}>
              {group.items.map((match) => (
                <MatchItem key={`${match.kind}-${match.id}`} match={match} />
              ))}
            </List>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
