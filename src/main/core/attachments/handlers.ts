import type { attachmentsChannels } from '../../../shared/attachments/contract';
import type { Handlers } from '../handler';
import {
  addAttachment,
  downloadAttachment,
  listAttachments,
  openAttachment,
  removeAttachment,
  restoreAttachment,
} from './service';

export const attachmentsHandlers: Handlers<keyof typeof attachmentsChannels> = {
  'attachments.list': (input, ctx) => listAttachments(ctx, input.ownerType, input.ownerId),
  'attachments.add': (input, ctx) => addAttachment(ctx, input),
  'attachments.open': (input, ctx) => openAttachment(ctx, input.id),
  'attachments.download': (input, ctx) => downloadAttachment(ctx, input.id),
  'attachments.remove': (input, ctx) => removeAttachment(ctx, input.id, input.reason),
  'attachments.restore': (input, ctx) => restoreAttachment(ctx, input.id),
};
