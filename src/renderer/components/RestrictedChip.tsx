import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import type { RecordRestriction } from '../../shared/erasure/contract';
import { groundKeys } from '../features/erasure/words';
import { useT } from '../i18n';
import { formatDate } from '../lib/format';
import { FlagChip } from './FlagChip';

/**
 * A record kept instead of erased (Art. 17(3)) is restricted: it may be stored, not otherwise used.
 * Shown wherever the record is listed or opened, with its ground and the date it is kept until.
 */
export function RestrictedChip({ restricted }: { restricted: RecordRestriction | undefined }) {
  const t = useT('erasure');
  if (!restricted) return null;
  const ground = t(groundKeys[restricted.ground]);
  return (
    <FlagChip
      color="warning"
      icon={<LockOutlinedIcon />}
      label={t('restricted')}
      why={restricted.until ? t('restrictedUntil', { ground, date: formatDate(restricted.until) }) : ground}
      sx={{ ml: 0.5, verticalAlign: 'middle' }}
    />
  );
}
