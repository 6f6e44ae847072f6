import type {
  GridCellParams,
  GridPaginationModel,
  GridRowParams,
  GridSortModel,
  GridValidRowModel,
} from '@mui/x-data-grid';

type Address = Partial<Record<string, string>>;
type AddressPatch = Record<string, string | null | undefined>;
type Direction = 'asc' | 'desc';

const pageSizes = [25, 50, 100];
const defaultPageSize = 50;

export interface GridAddressOptions<S extends string> {
  /** The orders the list's channel accepts. */
  sorts: readonly S[];
  /** The grid column an order is shown on, where the names differ. */
  columnOf?: Partial<Record<S, string>>;
  defaultSort: S;
  defaultDirection: Direction;
  /** The address key of the direction: 'dir' unless the page uses that for a filter. */
  directionKey?: string;
}

/**
 * Page, page size and order of a server-side DataGrid, kept in the address beside the filters
 * (`useSearchState`): what the list asks the core for, and the grid's props to show and change it.
 * Defaults stay out of the address; changing the order goes back to the first page.
 */
export function gridAddress<S extends string>(
  filters: Address,
  setFilters: (patch: AddressPatch) => void,
  options: GridAddressOptions<S>,
) {
  const directionKey = options.directionKey ?? 'dir';
  const other: Direction = options.defaultDirection === 'asc' ? 'desc' : 'asc';
  const sort = options.sorts.find((value) => value === filters.sort) ?? options.defaultSort;
  const direction: Direction = filters[directionKey] === other ? other : options.defaultDirection;
  const size = Number(filters.size);
  const paginationModel: GridPaginationModel = {
    page: Math.max(0, Math.floor(Number(filters.page ?? 0)) || 0),
    pageSize: pageSizes.includes(size) ? size : defaultPageSize,
  };
  const columnOf = (value: S) => options.columnOf?.[value] ?? value;
  const sortModel: GridSortModel = [{ field: columnOf(sort), sort: direction }];
  return {
    sort,
    direction,
    page: paginationModel.page,
    pageSize: paginationModel.pageSize,
    gridProps: {
      paginationMode: 'server' as const,
      sortingMode: 'server' as const,
      paginationModel,
      pageSizeOptions: pageSizes,
      onPaginationModelChange: (model: GridPaginationModel) =>
        setFilters({
          page: model.page > 0 ? String(model.page) : null,
          size: model.pageSize !== defaultPageSize ? String(model.pageSize) : null,
        }),
      sortModel,
      onSortModelChange: (model: GridSortModel) => {
        const first = model[0];
        const chosen = first ? options.sorts.find((value) => columnOf(value) === first.field) : undefined;
        setFilters({
          sort: chosen && chosen !== options.defaultSort ? chosen : null,
          [directionKey]: first?.sort === other ? other : null,
          page: null,
        });
      },
    },
  };
}

/** A grid whose rows open their own screen, by click or by Enter on a cell. */
export function rowLinks<R extends GridValidRowModel>(
  navigate: (path: string) => void | Promise<void>,
  pathOf: (row: R) => string,
) {
  return {
    onRowClick: ({ row }: GridRowParams<R>) => void navigate(pathOf(row)),
    onCellKeyDown: ({ row }: GridCellParams<R>, event: { key: string }) => {
      if (event.key === 'Enter') void navigate(pathOf(row));
    },
  };
}
