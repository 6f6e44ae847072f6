import type { Attachment } from '../../../shared/attachments/contract';
import type { ForwardingMethod, ReplyChannel } from '../../../shared/cases/rules';
import { formatDate } from '../../../shared/i18n/format';
import { languageNames } from '../../../shared/i18n/languages';
import { letter, letterChannel, letterChoice, templateKind } from '../../../shared/i18n/resources/letters';
import { translate } from '../../../shared/i18n/translate';
import type { LetterDraft } from '../../../shared/letters/contract';
import { gapsIn, type LetterChannel } from '../../../shared/letters/rules';
import { addAttachment } from '../attachments/service';
import { recordEvent as recordBreachEvent } from '../breaches/support';
import { extendCase } from '../cases/due-date';
import { recordEvent as recordCaseEvent } from '../cases/support';
import { recordForwarding } from '../cases/tasks';
import { setVerificationDates } from '../cases/verification';
import type { Ctx } from '../context';
import { invalidField } from '../errors';
import { findOrganisation } from '../organisations/repository';
import { readSettings } from '../settings/service';
import { renderPdf } from '../reports/pdf';
import { letterDocument } from './pdf';
import { type LetterRequest, prepare, type Prepared } from './prepare';
import { english, phrase } from '../../../shared/i18n/phrases';

/** A letter filled in from its record, for the DPO to read and edit. Reading the record is audited. */
export async function draftLetter(ctx: Ctx, request: LetterRequest): Promise<LetterDraft> {
  const { draft } = await prepare(ctx, request);
  await ctx.audit({
    action: 'read',
    entityType: request.owner,
    entityId: request.ownerId,
    after: { letter: request.choice, kind: draft.kind, language: request.language },
  });
  return draft;
}

/** The letter's PDF: the letterhead from Settings → Company, the text as the DPO left it. */
export async function renderLetter(
  ctx: Ctx,
  draft: LetterDraft,
  text: { subject: string; body: string },
): Promise<Buffer> {
  const settings = await readSettings(ctx.db);
  return renderPdf(
    letterDocument({
      language: draft.language,
      settings,
      recipient: draft.recipient,
      referenceLabel: translate(
        letter,
        draft.language,
        draft.owner === 'case' ? 'ourReference' : 'breachReference',
      ),
      reference: draft.reference,
      date: draft.date,
      subject: text.subject,
      body: text.body,
      draft: draft.kind === 'breach-authority',
    }),
  );
}

/** Records what the letter itself is the record of: the extension's notice, the verification request, the forwarding. */
async function recordWhatTheLetterDoes(
  ctx: Ctx,
  prepared: Prepared,
  request: LetterRequest & { channel: LetterChannel },
): Promise<void> {
  const detail = prepared.caseDetail;
  if (!detail) return;
  const today = prepared.draft.date;
  const codes = new Set(prepared.draft.notes.map((entry) => entry.code));
  if (codes.has('records-extension')) {
    if (!request.reasons)
      throw invalidField(
        'reasons',
        'Give the reasons for the extension: they are recorded with it, and the person is told them (Art. 12(3))',
      );
    await extendCase(ctx, detail.id, {
      decidedOn: request.decidedOn ?? today,
      personToldOn: today,
      noticeChannel: request.channel as ReplyChannel,
      reasons: request.reasons,
    });
  }
  if (codes.has('records-verification-request'))
    await setVerificationDates(ctx, detail.id, { requestedOn: today, receivedOn: null });
  if (codes.has('records-forwarding')) {
    const customer = detail.customer ? await findOrganisation(ctx.db, detail.customer.id) : undefined;
    await recordForwarding(ctx, detail.id, {
      forwardedOn: today,
      to: [
        customer?.name ?? detail.customer?.name,
        customer?.privacy_contact_name,
        customer?.privacy_contact_email,
      ]
        .filter(Boolean)
        .join(', ')
        .slice(0, 300),
      how: request.channel as ForwardingMethod,
      customerDeadline: null,
      note: `Forwarding note made in Privacy Desk (${languageNames[request.language]}).`,
    });
  }
}

/**
 * Makes the letter: records what it is the record of (an extension notice, a verification request,
 * a forwarding), renders the PDF of the text the DPO approved, keeps it among the record's
 * documents (the attachments' type checks included) and notes it on the timeline with its date and
 * channel. A letter to a person is never made with a `[Fill in: …]` left in it.
 */
export async function makeLetter(
  ctx: Ctx,
  request: LetterRequest & { channel: LetterChannel; subject: string; body: string },
): Promise<{ attachment: Attachment; summary: string }> {
  const prepared = await prepare(ctx, request);
  const { draft } = prepared;
  if (!draft.channels.includes(request.channel))
    throw invalidField('channel', {
      key: 'letterGoesOutBy',
      params: {
        letter: letterChoice.en[request.choice].toLowerCase(),
        channels: {
          list: draft.channels.map((channel) => letterChannel.en[channel].toLowerCase()),
          join: ', ',
        },
      },
    });
  const gaps = gapsIn(`${request.subject}\n${request.body}`);
  if (gaps.length > 0 && !draft.gapsAllowed)
    throw invalidField(
      'body',
      `The letter still has ${gaps.length === 1 ? 'a gap' : `${gaps.length} gaps`} to fill in: ${gaps.join(', ')}. Write the text in its place, or remove the sentence.`,
    );
  await recordWhatTheLetterDoes(ctx, prepared, request);
  const pdf = await renderLetter(ctx, draft, request);
  const what = templateKind.en[draft.kind];
  const how = letterChannel.en[request.channel].toLowerCase();
  const attachment = await addAttachment(ctx, {
    ownerType: request.owner,
    ownerId: request.ownerId,
    fileName: draft.fileName,
    mediaType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
    description: `${what} (${languageNames[request.language]}), dated ${formatDate(draft.date)}, to go out by ${how}.`,
  });
  const line = phrase('timelineCommon:letterMade', {
    what: phrase(`templateKind:${draft.kind}`),
    language: phrase(`lineLanguage:${request.language}`),
    date: { date: draft.date },
    how: phrase(`lineLetterChannel:${request.channel}`),
    file: draft.fileName,
  });
  const summary = english(line);
  if (request.owner === 'case') await recordCaseEvent(ctx, request.ownerId, 'letter', line);
  else await recordBreachEvent(ctx, request.ownerId, 'letter', line);
  const edited = request.subject !== draft.subject || request.body !== draft.body;
  await ctx.audit({
    action: 'letter',
    entityType: request.owner,
    entityId: request.ownerId,
    after: {
      letter: request.choice,
      kind: draft.kind,
      language: request.language,
      channel: request.channel,
      date: draft.date,
      attachmentId: attachment.id,
      fileName: draft.fileName,
      editedForThisLetter: edited,
    },
  });
  return { attachment, summary };
}

/** The command line's letter: rendered as the case stands, to a file; reading the case is audited. */
export async function renderCaseLetter(
  ctx: Ctx,
  request: LetterRequest,
): Promise<{ fileName: string; pdf: Buffer; gaps: string[] }> {
  const { draft } = await prepare(ctx, request);
  await ctx.audit({
    action: 'letter-render',
    entityType: request.owner,
    entityId: request.ownerId,
    after: { letter: request.choice, kind: draft.kind, language: request.language },
  });
  return { fileName: draft.fileName, pdf: await renderLetter(ctx, draft, draft), gaps: draft.gaps };
}
