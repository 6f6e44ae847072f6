import { Card, CardContent, CardHeader } from '@mui/material';
import { AttachmentsPanel } from './AttachmentsPanel';

/** A record's *Documents* tab: its attached files under a level-2 heading. */
export function DocumentsCard({
  title,
  ownerType,
  ownerId,
  canEdit,
  hint,
}: {
  title: string;
  ownerType: string;
  ownerId: number;
  canEdit: boolean;
  /** What belongs here, e.g. "The signed agreement and its annexes". */
  hint: string;
}) {
  return (
    <Card>
      <CardHeader title={title} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>
        <AttachmentsPanel ownerType={ownerType} ownerId={ownerId} canEdit={canEdit} hint={hint} />
      </CardContent>
    </Card>
  );
}
