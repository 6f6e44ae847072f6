import type { z } from 'zod';
import { useMemo } from 'react';
import { type AppChannel, type ChannelInput, contract } from '../../shared/contract';
import type { ExportFormat, FileDownload } from '../../shared/files';
import { notice } from '../app/notifications';
import { text } from '../i18n';
import { useAppDispatch } from '../app/store';
import { saveFile } from './download';
import { filterBinders } from './filterBinders';
import { gridAddress, type GridAddressOptions } from './gridAddress';
import { useSearchState } from './useSearchState';

/** Channels whose input is an object of fields (every list channel is). */
type ListChannel = {
  [C in AppChannel]: C extends keyof typeof contract
    ? (typeof contract)[C]['input'] extends z.ZodObject
      ? C
      : never
    : never;
}[AppChannel];

type Input<C extends ListChannel> = ChannelInput<C>;
type Paging = 'sort' | 'direction' | 'page' | 'pageSize';
/** The channel's filter fields, as the list asks for them. */
export type ListFilter<C extends ListChannel> = Partial<Omit<Input<C>, Paging>>;

const pagingKeys = ['sort', 'dir', 'page', 'size'] as const;

/**
 * One value from the address, checked by the channel's own schema for that field: a number field
 * gets the number the text spells, anything the schema refuses is left out (an old link or a typo
 * shows the whole list rather than an error).
 */
export function addressValue(field: z.ZodType | undefined, text: string | undefined): unknown {
  if (!field || text === undefined || text === '') return undefined;
  const asText = field.safeParse(text);
  if (asText.success) return asText.data;
  if (/^\d+$/.test(text)) {
    const asNumber = field.safeParse(Number(text));
    if (asNumber.success) return asNumber.data;
  }
  return undefined;
}

export interface ListPageOptions<C extends ListChannel, K extends string, S extends string> extends Omit<
  GridAddressOptions<S>,
  'sorts'
> {
  channel: C;
  /** The filters kept in the address, by their address names. */
  keys: readonly K[];
  /** Address names that differ from the channel's field names (`agent` for `assignedToId`). */
  fields?: Partial<Record<K, keyof Input<C> & string>>;
  /** The orders the channel accepts. */
  sorts: readonly S[];
  /** Filters with a default the list always applies (a status tab): not counted as "filtered". */
  defaults?: ListFilter<C>;
  /** The filters the page puts behind "More filters" (`ListPage`'s `moreFilters`), by address name. */
  moreKeys?: readonly K[];
}

/**
 * The state of a server-side list page, kept in the address (so Back returns to the same list):
 * its filters parsed with the channel's zod input, the page and order of its DataGrid, the request
 * for the channel, and its export. Every list screen is built on it (see docs/DEVELOPING.md).
 */
export function useListPage<C extends ListChannel, K extends string, S extends string>(
  options: ListPageOptions<C, K, S>,
) {
  const dispatch = useAppDispatch();
  const allKeys = useMemo(
    () => [...options.keys, ...pagingKeys, ...(options.directionKey ? [options.directionKey] : [])],
    [options.keys, options.directionKey],
  );
  const [address, setAddress] = useSearchState(allKeys as readonly string[]);
  const schema = contract[options.channel].input as unknown as z.ZodObject;
  const fieldOf = (key: K): string => options.fields?.[key] ?? key;

  const parsed: Record<string, unknown> = { ...options.defaults };
  for (const key of options.keys) {
    const value = addressValue(schema.shape[fieldOf(key)] as z.ZodType | undefined, address[key]);
    if (value !== undefined) parsed[fieldOf(key)] = value;
  }
  const filter = parsed as ListFilter<C>;
  const grid = gridAddress(address, setAddress, { ...options, sorts: options.sorts });

  /** Changes filters by their address names; any change goes back to the first page. */
  const setFilter = (patch: Partial<Record<K, string | null | undefined>>) =>
    setAddress({ ...patch, page: null });
  const filtered = options.keys.some((key) => address[key] !== undefined);
  const clear = () =>
    setFilter(Object.fromEntries(options.keys.map((key) => [key, null])) as Record<K, null>);

  return {
    /** The address values as typed, by address name (what the filter fields show). */
    values: address as Partial<Record<K, string>>,
    filter,
    request: {
      ...filter,
      sort: grid.sort,
      direction: grid.direction,
      page: grid.page,
      pageSize: grid.pageSize,
    } as Input<C>,
    grid,
    setFilter,
    /** Something narrows the list beyond its defaults. */
    filtered,
    clear,
    /** What the filter fields are given by address name: `bind`, `bindSearch`, `bindSwitch` (`lib/filterBinders.ts`). */
    ...filterBinders(address as Partial<Record<K, string>>, setFilter),
    /** `ListPage`'s filter state: `<ListPage {...list.frame}>`. */
    frame: {
      filtered,
      onClear: clear,
      moreFiltersSet: (options.moreKeys ?? []).filter((key) => address[key]).length,
    },
    /** `ListGrid`'s rows, count, loading and paging from the channel's answer: `<ListGrid {...list.gridOf(data, isFetching)}>`. */
    gridOf: <R>(answer: { rows: R[]; total: number } | undefined, loading: boolean) => ({
      rows: answer?.rows ?? [],
      rowCount: answer?.total ?? 0,
      loading,
      gridProps: grid.gridProps,
    }),
    /** Runs an export of the current filter and hands the file over, or says why not. */
    exportWith:
      (
        run: (
          input: { format: ExportFormat } & ListFilter<C>,
        ) => PromiseLike<{ data?: FileDownload; error?: unknown }>,
      ) =>
      async (format: ExportFormat) => {
        const result = await run({ format, ...filter });
        if (result.data) saveFile(result.data);
        else dispatch(notice(errorMessage(result.error), 'error'));
      },
  };
}

function errorMessage(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
    ? error.message
    : text('components', 'exportFailed');
}
