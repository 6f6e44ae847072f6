import { Button } from '@mui/material';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import type { ExportFormat } from '../../shared/files';
import { useT } from '../i18n';

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
  const t = useT('components');
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          startIcon={<FileDownloadOutlinedIcon />}
          onClick={() => onExport(format)}
          disabled={disabled}
          aria-label={what ? t('exportAs', { what, format: format.toUpperCase() }) : undefined}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </>
  );
}
