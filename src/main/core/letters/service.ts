import type { Attachment } from '../../../shared/attachments/contract';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { hasControllerDuty } from '../../../shared/breaches/rules';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { ForwardingMethod, ReplyChannel } from '../../../shared/cases/rules';
import { formatDate } from '../../../shared/i18n/format';
import { languageNames, type Language } from '../../../shared/i18n/languages';
import { outcome } from '../../../shared/i18n/resources/labels';
import { letter, letterChannel, letterChoice, templateKind } from '../../../shared/i18n/resources/letters';
import { translate } from '../../../shared/i18n/translate';
import type { DraftNote, LetterDraft } from '../../../shared/letters/contract';
import {
  choiceChannels,
  gapsIn,
  type LetterChannel,
  type LetterChoice,
  type LetterOwner,
  type ReplyOutcome,
  type TemplateKind,
} from '../../../shared/letters/rules';
import type { Settings } from '../../../shared/settings/definitions';
import { addAttachment } from '../attachments/service';
import {
  detailOf as breachDetailOf,
  recordEvent as recordBreachEvent,
  requireBreach,
} from '../breaches/support';
import { extendCase } from '../cases/due-date';
import {
  detailOf as caseDetailOf,
  recordEvent as recordCaseEvent,
  requireCase,
  todayOf,
} from '../cases/support';
import { recordForwarding } from '../cases/tasks';
import { setVerificationDates } from '../cases/verification';
import type { Ctx } from '../context';
import { invalidField, ruleViolation } from '../errors';
import { findOrganisation } from '../organisations/repository';
import { readSettings } from '../settings/service';
import { findUserById } from '../users/repository';
import { breachValues, caseFacts, caseValues, commonValues, type Sender } from './fields';
import { renderPdf } from '../reports/pdf';
import { letterDocument } from './pdf';
import { companyContact, fillTemplate, templateText } from './templates';
import { english, phrase } from '../../../shared/i18n/phrases';

export interface LetterRequest {
  owner: LetterOwner;
  ownerId: number;
  choice: LetterChoice;
  language: Language;
  outcome?: ReplyOutcome;
  reasons?: string;
  decidedOn?: string;
}

/** What a letter is made of before the DPO edits it, and the record it comes from. */
interface Prepared {
  draft: LetterDraft;
  caseDetail: CaseDetail | null;
  breachDetail: BreachDetail | null;
}

const note = (code: DraftNote['code'], params: Record<string, string> = {}): DraftNote => ({ code, params });

/** Which reply template answers an outcome: an access granted in full lists the items of Art. 15(1). */
function replyKind(outcome: ReplyOutcome | 'refused', detail: CaseDetail): TemplateKind {
  switch (outcome) {
    case 'granted':
      return detail.types.includes('access') ? 'reply-access' : 'reply-granted';
    case 'partly-granted':
      return 'reply-partly-granted';
    case 'no-data':
      return 'reply-no-data';
    case 'withdrawn':
      return 'reply-withdrawn';
    case 'refused':
      return 'refusal';
  }
}

/**
 * The template a letter from a case comes to, or why the case does not take that letter: the
 * customer answers a processor case (we forward it); an extension is possible once, told by the
 * original due date; a closed case is answered as it was closed.
 */
function caseKind(detail: CaseDetail, request: LetterRequest, notes: DraftNote[]): TemplateKind {
  const processor = detail.capacity === 'processor';
  const closed = detail.closing !== null;
  const name = letterChoice.en[request.choice].toLowerCase();
  if (request.choice === 'forwarding') {
    if (!processor)
      throw ruleViolation(
        `Case ${detail.number} is our own (we are controller): there is no customer to forward it to.`,
      );
    if (!detail.forwarding && !closed) notes.push(note('records-forwarding'));
    return 'forwarding';
  }
  if (processor)
    throw ruleViolation(
      `In case ${detail.number} we are processor for ${detail.customer?.name ?? 'a customer'}, who answers the person: make the forwarding note to the customer instead of the ${name}.`,
    );
  switch (request.choice) {
    case 'acknowledgement':
      return 'acknowledgement';
    case 'identity-request':
      if (!closed && !detail.verification.requestedOn && !detail.verification.result)
        notes.push(note('records-verification-request'));
      return 'identity-request';
    case 'extension':
      if (detail.clock.extension) {
        notes.push(
          note('extension-recorded', {
            toldOn: formatDate(detail.clock.extension.personToldOn),
            due: formatDate(detail.clock.extendedDue.date),
          }),
        );
        return 'extension';
      }
      if (closed)
        throw ruleViolation(`Case ${detail.number} is closed: its deadline can no longer be extended.`);
      if (!detail.clock.extensionPossibleUntil)
        throw ruleViolation(
          `Too late for an extension: it must be decided and the person told by the original due date (${formatDate(
            detail.clock.due.date,
          )}, Art. 12(3)).`,
        );
      notes.push(note('records-extension', { due: formatDate(detail.clock.extendedDue.date) }));
      return 'extension';
    case 'reply': {
      if (detail.closing) {
        const closedAs = detail.closing.outcome;
        notes.push(note('outcome-from-closing', { outcome: closedAs }));
        return replyKind(closedAs, detail);
      }
      if (!request.outcome)
        throw invalidField(
          'outcome',
          `Case ${detail.number} is not closed yet: choose the outcome the reply gives`,
        );
      return replyKind(request.outcome, detail);
    }
    case 'refusal':
      if (detail.closing && detail.closing.outcome !== 'refused')
        throw ruleViolation(
          `Case ${detail.number} was closed as "${outcome.en[detail.closing.outcome].toLowerCase()}": make the reply, which follows the outcome recorded.`,
        );
      return 'refusal';
    default:
      throw ruleViolation(`The ${name} is made from a breach, not from a case.`);
  }
}

function addressLines(address: string | null): string[] {
  return (address ?? '')
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The letter is signed by whoever makes it; from the command line, by the case's handler. */
async function senderOf(ctx: Ctx, handler: { id: number; name: string } | null): Promise<Sender> {
  if (ctx.actor.userId !== null)
    return { name: ctx.actor.displayName, isDpo: ctx.actor.roles.includes('dpo') };
  if (!handler) return { name: '', isDpo: false };
  const user = await findUserById(ctx.db, handler.id);
  return { name: handler.name, isDpo: Boolean(user?.roles.includes('dpo')) };
}

function fileNameOf(kind: TemplateKind, language: Language, reference: string, today: string): string {
  return `${translate(letter, language, 'fileName', {
    kind: templateKind[language][kind].replace(/\s*\(.*\)$/, '').replace(/[:/\\]/g, ' -'),
    number: reference,
    date: today,
  })}.pdf`;
}

async function prepareCase(ctx: Ctx, request: LetterRequest, settings: Settings): Promise<Prepared> {
  const row = await requireCase(ctx, request.ownerId);
  const detail = await caseDetailOf(ctx, row);
  const notes: DraftNote[] = [];
  const kind = caseKind(detail, request, notes);
  const today = todayOf(ctx);
  const language = request.language;
  const customer = detail.customer ? await findOrganisation(ctx.db, detail.customer.id) : undefined;
  const customerContact = customer
    ? [customer.privacy_contact_name, customer.privacy_contact_email].filter(Boolean).join(', ') || null
    : null;
  const values = {
    ...commonValues(language, settings, today, await senderOf(ctx, detail.handler)),
    ...caseValues(language, caseFacts(detail, { customerContact, reasons: request.reasons })),
  };
  const filled = fillTemplate(await templateText(ctx, kind, language), values);
  const forwarding = request.choice === 'forwarding';
  const channels = choiceChannels[request.choice];
  if (!forwarding && !detail.person.address) notes.push(note('no-address'));
  const recipient = forwarding
    ? [
        customer?.name ?? detail.customer?.name ?? '',
        customer?.privacy_contact_name ?? '',
        customer?.privacy_contact_email ?? '',
      ]
    : [detail.person.name, ...addressLines(detail.person.address)];
  const defaultChannel: LetterChannel = forwarding
    ? 'email'
    : detail.person.address || !detail.person.email
      ? 'letter'
      : 'email';
  return {
    caseDetail: detail,
    breachDetail: null,
    draft: {
      owner: 'case',
      ownerId: detail.id,
      choice: request.choice,
      kind,
      language,
      ...filled,
      recipient: recipient.filter(Boolean),
      reference: detail.number,
      date: today,
      channels: [...channels],
      defaultChannel,
      gaps: gapsIn(`${filled.subject}\n${filled.body}`),
      gapsAllowed: false,
      notes,
      fileName: fileNameOf(kind, language, detail.number, today),
    },
  };
}

async function prepareBreach(ctx: Ctx, request: LetterRequest, settings: Settings): Promise<Prepared> {
  const row = await requireBreach(ctx, request.ownerId);
  const detail = await breachDetailOf(ctx, row.id);
  const kind: TemplateKind = request.choice === 'breach-authority' ? 'breach-authority' : 'breach-notice';
  if (!hasControllerDuty(detail.capacity))
    throw ruleViolation(
      `In ${detail.number} we are processor: the customers, as controllers, notify Datatilsynet and tell the people affected. Tell each customer instead.`,
    );
  const notes: DraftNote[] = [];
  if (!detail.assessment) notes.push(note('not-assessed'));
  else if (kind === 'breach-notice' && detail.assessment.risk !== 'high') notes.push(note('not-high-risk'));
  if (kind === 'breach-authority') notes.push(note('draft-only'));
  const today = todayOf(ctx);
  const language = request.language;
  const values = {
    ...commonValues(language, settings, today, await senderOf(ctx, null)),
    ...breachValues(language, detail, companyContact(settings)),
  };
  const filled = fillTemplate(await templateText(ctx, kind, language), values);
  const authority = kind === 'breach-authority';
  return {
    caseDetail: null,
    breachDetail: detail,
    draft: {
      owner: 'breach',
      ownerId: detail.id,
      choice: request.choice,
      kind,
      language,
      ...filled,
      recipient: authority
        ? ['Datatilsynet', 'Postboks 458 Sentrum', '0105 Oslo']
        : [translate(letter, language, 'breachNoticeRecipient')],
      reference: detail.number,
      date: today,
      channels: [...choiceChannels[request.choice]],
      defaultChannel: authority ? 'online-form' : 'letter',
      gaps: gapsIn(`${filled.subject}\n${filled.body}`),
      gapsAllowed: authority,
      notes,
      fileName: fileNameOf(kind, language, detail.number, today),
    },
  };
}

async function prepare(ctx: Ctx, request: LetterRequest): Promise<Prepared> {
  const settings = await readSettings(ctx.db);
  return request.owner === 'case'
    ? prepareCase(ctx, request, settings)
    : prepareBreach(ctx, request, settings);
}

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
