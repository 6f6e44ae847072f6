import { Box, Button } from '@mui/material';
import ViewColumnOutlinedIcon from '@mui/icons-material/ViewColumnOutlined';
import {
  DataGrid,
  type DataGridProps,
  type GridColDef,
  GridFooterContainer,
  GridPagination,
  GridPreferencePanelsValue,
  type GridColumnVisibilityModel,
  type GridValidRowModel,
  useGridApiRef,
} from '@mui/x-data-grid';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { columnsToHide } from '../../lib/columnPriorities';
import { rowLinks } from '../../lib/gridAddress';
import { CellText } from './CellText';
import { useT } from '../../i18n';

declare module '@mui/x-data-grid' {
  interface FooterPropsOverrides {
    hiddenColumns?: number;
    onChooseColumns?: () => void;
  }
}

/** A column of a list: a DataGrid column with a priority (see `columnsToHide`). */
export type ListColumn<R extends GridValidRowModel> = GridColDef<R> & { priority?: number };

const storageKey = (id: string) => `privacy-desk.columns.${id}`;

function readChosen(id: string): Record<string, boolean> {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(id)) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

function ListFooter({
  hiddenColumns = 0,
  onChooseColumns,
}: {
  hiddenColumns?: number;
  onChooseColumns?: () => void;
}) {
  const t = useT('components');
  return (
    <GridFooterContainer>
      <Button size="small" startIcon={<ViewColumnOutlinedIcon />} onClick={onChooseColumns} sx={{ ml: 1 }}>
        {hiddenColumns > 0 ? t('columnsHidden', { count: hiddenColumns }) : t('columns')}
      </Button>
      <GridPagination />
    </GridFooterContainer>
  );
}

/**
 * The grid of a list page: it fills the height its page leaves it, pages and sorts on the server,
 * opens a row's own screen by click or Enter, and fits its width: columns with a priority give way
 * on a narrow window (the highest first), "Columns" in the footer shows or hides any of them, and
 * the choice is kept on this computer. Text columns are cut with an ellipsis and a tooltip.
 */
export function ListGrid<R extends GridValidRowModel>({
  id,
  label,
  columns,
  rows,
  rowCount,
  loading,
  gridProps = {},
  initialState,
  rowPath,
  countLabel,
  empty,
  hiddenByDefault = [],
  overdue,
  getRowClassName,
  sx,
}: {
  /** Names the list where its chosen columns are kept. */
  id: string;
  label: string;
  columns: readonly ListColumn<R>[];
  rows: readonly R[];
  /** The total on the server; without it the grid pages and sorts the rows it has. */
  rowCount?: number;
  loading: boolean;
  /** Paging and order in the address (`useListPage().grid.gridProps`). */
  gridProps?: Partial<DataGridProps<R>>;
  initialState?: DataGridProps<R>['initialState'];
  rowPath?: (row: R) => string;
  /** Instead of the total where it is not exact ("more than 10,000"). */
  countLabel?: string;
  empty: ReactNode;
  hiddenByDefault?: readonly string[];
  /** Rows past their deadline, tinted red (open cases, breaches whose clock ran out). */
  overdue?: (row: R) => boolean;
  getRowClassName?: DataGridProps<R>['getRowClassName'];
  sx?: DataGridProps<R>['sx'];
}) {
  const navigate = useNavigate();
  const apiRef = useGridApiRef();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [chosen, setChosen] = useState<Record<string, boolean>>(() => ({
    ...Object.fromEntries(hiddenByDefault.map((field) => [field, false])),
    ...readChosen(id),
  }));

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const shown = useMemo<GridColDef<R>[]>(
    () =>
      columns.map(({ priority: _priority, ...column }) =>
        column.renderCell || column.type === 'actions'
          ? column
          : {
              ...column,
              renderCell: (params) => <CellText primary={params.formattedValue ?? params.value ?? ''} />,
            },
      ),
    [columns],
  );

  const hidden = useMemo(
    () =>
      width === 0
        ? new Set<string>()
        : columnsToHide(
            columns.map((column) => ({
              field: column.field,
              width: column.width ?? column.minWidth ?? 100,
              priority: column.priority,
            })),
            // The vertical scroll bar and the cell borders.
            width - 18,
            chosen,
          ),
    [columns, width, chosen],
  );
  const model: GridColumnVisibilityModel = Object.fromEntries(
    columns.map((column) => [column.field, !hidden.has(column.field)]),
  );

  const choose = (next: GridColumnVisibilityModel) => {
    const changed = { ...chosen };
    for (const column of columns) {
      const visible = next[column.field] !== false;
      if (visible !== !hidden.has(column.field)) changed[column.field] = visible;
    }
    setChosen(changed);
    window.localStorage.setItem(storageKey(id), JSON.stringify(changed));
  };

  return (
    <Box ref={box} sx={{ flex: 1, minHeight: 280, minWidth: 0, position: 'relative' }}>
      <Box sx={{ position: 'absolute', inset: 0 }}>
        <DataGrid<R>
          apiRef={apiRef}
          rows={rows}
          {...(rowCount === undefined ? {} : { rowCount })}
          initialState={initialState}
          columns={shown}
          loading={loading}
          getRowHeight={() => 'auto'}
          {...gridProps}
          disableColumnFilter
          columnVisibilityModel={model}
          onColumnVisibilityModelChange={choose}
          localeText={
            countLabel
              ? { paginationDisplayedRows: ({ from, to }) => `${from}–${to} of ${countLabel}` }
              : undefined
          }
          {...(rowPath ? rowLinks(navigate, rowPath) : {})}
          getRowClassName={(params) =>
            [getRowClassName?.(params), overdue?.(params.row) ? 'row-overdue' : ''].filter(Boolean).join(' ')
          }
          aria-label={label}
          slots={{ footer: ListFooter, noRowsOverlay: () => <>{empty}</> }}
          slotProps={{
            footer: {
              hiddenColumns: hidden.size,
              onChooseColumns: () => apiRef.current?.showPreferences(GridPreferencePanelsValue.columns),
            },
          }}
          sx={[
            {
              border: 0,
              '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
              ...(rowPath ? { '& .MuiDataGrid-row': { cursor: 'pointer' } } : {}),
              '& .row-overdue': { bgcolor: 'rgba(179, 38, 30, 0.05)' },
            },
            ...(Array.isArray(sx) ? sx : [sx]),
          ]}
        />
      </Box>
    </Box>
  );
}
