import { Button } from '@mui/material';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import type { ExportFormat } from '../../shared/files';

/** CSV and XLSX buttons for a list; `what` completes "Export … as CSV" for screen readers. */
export function ExportButtons({
  onExport,
  disabled = false,
  formats = ['csv', 'xlsx'],
  what,
}: {
  onExport(format: ExportFormat): void;
  disabled?: boolean;
  formats?: readonly ExportFormat[];
  what?: string;
}) {
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          startIcon={<FileDownloadOutlinedIcon />}
          onClick={() => onExport(format)}
          disabled={disabled}
          aria-label={what ? `Export ${what} as ${format.toUpperCase()}` : undefined}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </>
  );
}
