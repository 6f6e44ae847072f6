import { Chip, Tooltip } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { keepGroundText, type RecordRestriction } from '../../shared/erasure/contract';
import { formatDate } from '../lib/format';

/**
 * A record kept instead of erased (Art. 17(3)) is restricted: it may be stored, not otherwise used.
 * Shown wherever the record is listed or opened, with its ground and the date it is kept until.
 */
export function RestrictedChip({ restricted }: { restricted: RecordRestriction | undefined }) {
  if (!restricted) return null;
  const until = restricted.until ? ` Kept until ${formatDate(restricted.until)}.` : '';
  return (
    <Tooltip title={`${keepGroundText[restricted.ground]}.${until}`}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        icon={<LockOutlinedIcon />}
        label="Restricted"
        sx={{ ml: 0.5, verticalAlign: 'middle' }}
      />
    </Tooltip>
  );
}
