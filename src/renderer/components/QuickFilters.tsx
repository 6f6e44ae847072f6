import { Chip, Stack } from '@mui/material';
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { formatCount } from '../lib/format';

export interface QuickFilter {
  key: string;
  label: string;
  icon?: ReactElement;
  /** Shown after the label when known (how many rows the filter selects). */
  count?: number;
  active: boolean;
  color: 'default' | 'primary' | 'secondary' | 'error' | 'warning' | 'info' | 'success';
  onPick(): void;
}

/** A quick filter that sets some of a list's filters when picked (`apply`, given to `useListPage().setFilter`). */
export type FilterPick<F> = Omit<QuickFilter, 'key' | 'onPick'> & { apply: F };

/** Quick filters known by their labels, each applying its filters when picked. */
export function pickingFilters<F>(
  items: readonly FilterPick<F>[],
  setFilter: (filter: F) => void,
): QuickFilter[] {
  return items.map(({ apply, ...item }) => ({ ...item, key: item.label, onPick: () => setFilter(apply) }));
}

/** A row of one-click filters above a list, each saying how many rows it selects. */
export function QuickFilters({ items }: { items: readonly QuickFilter[] }) {
  const t = useT('components');
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      flexWrap="wrap"
      sx={{ mb: 2 }}
      role="group"
      aria-label={t('quickFilters')}
    >
      {items.map((item) => (
        <Chip
          key={item.key}
          icon={item.icon}
          clickable
          color={item.active ? (item.color === 'default' ? 'primary' : item.color) : 'default'}
          variant={item.active ? 'filled' : 'outlined'}
          onClick={item.onPick}
          aria-pressed={item.active}
          label={
            <span>
              {item.label}
              {item.count !== undefined && (
                <strong style={{ marginLeft: 6 }}>{formatCount(item.count)}</strong>
              )}
            </span>
          }
        />
      ))}
    </Stack>
  );
}
