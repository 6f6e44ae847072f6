import { Box, Button, Stack, TextField } from '@mui/material';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PersonSearchResults } from './PersonSearchResults';
import { PersonSelectionList } from './PersonSelectionList';
import { useFindPersonQuery } from './peopleApi';
import { type SelectedRecord, selectionKey, withRecords } from './selection';

/**
 * Search for a person and gather the records that are theirs, over several spellings: the search
 * with its results (each can be ticked, or all of a search at once) beside the selection. Used by
 * the People screen and by the access report dialog of a case; each keeps its own query and
 * selection (`query`/`onSearch`, `selected`/`onChange`).
 */
export function PersonSelector({
  query,
  onSearch,
  selected,
  onChange,
  actions,
  autoFocus = false,
}: {
  query: string;
  onSearch: (query: string) => void;
  selected: SelectedRecord[];
  onChange: (next: SelectedRecord[]) => void;
  actions?: ReactNode;
  autoFocus?: boolean;
}) {
  const t = useT('people');
  const [typed, setTyped] = useState(query);
  // A search chosen from outside (Back, a requester's detail) replaces what was typed.
  const [searched, setSearched] = useState(query);
  if (searched !== query) {
    setSearched(query);
    setTyped(query);
  }
  const { data, error, isFetching } = useFindPersonQuery({ query }, { skip: query.trim().length === 0 });

  const search = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  const select = (add: SelectedRecord[], remove: Array<{ kind: string; id: number }>) => {
    const removed = new Set(remove.map(selectionKey));
    onChange(withRecords(selected, add).filter((record) => !removed.has(selectionKey(record))));
  };

  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(300px, 2fr)' },
        alignItems: 'start',
      }}
    >
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        <Box component="form" onSubmit={search} role="search">
          <Stack direction="row" spacing={1.5} alignItems="flex-start">
            <TextField
              label={t('field')}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              sx={{ flex: 1, maxWidth: 480 }}
              autoFocus={autoFocus}
            />
            <Button
              type="submit"
              variant="contained"
              startIcon={<PersonSearchOutlinedIcon />}
              disabled={isFetching}
              sx={{ mt: 1 }}
            >
              {isFetching ? t('searching') : t('search')}
            </Button>
          </Stack>
        </Box>
        <ErrorAlert error={error} />
        {data && !isFetching && <PersonSearchResults data={data} selected={selected} onSelect={select} />}
      </Stack>
      <Box sx={{ position: { md: 'sticky' }, top: { md: 16 } }}>
        <PersonSelectionList selected={selected} onChange={onChange} actions={actions} />
      </Box>
    </Box>
  );
}
