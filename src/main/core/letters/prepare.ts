import type { BreachDetail } from '../../../shared/breaches/contract';
import { hasControllerDuty } from '../../../shared/breaches/rules';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { Language } from '../../../shared/i18n/languages';
import { letter, templateKind } from '../../../shared/i18n/resources/letters';
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
import { detailOf as breachDetailOf, requireBreach } from '../breaches/support';
import { detailOf as caseDetailOf, requireCase, todayOf } from '../cases/support';
import type { Ctx } from '../context';
import { ruleViolation } from '../errors';
import { findOrganisation } from '../organisations/repository';
import { readSettings } from '../settings/service';
import { findUserById } from '../users/repository';
import { breachValues, caseFacts, caseValues, commonValues, type Sender } from './fields';
import { caseKind, note } from './kinds';
import { companyContact, fillTemplate, templateText } from './templates';

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
export interface Prepared {
  draft: LetterDraft;
  caseDetail: CaseDetail | null;
  breachDetail: BreachDetail | null;
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

export async function prepare(ctx: Ctx, request: LetterRequest): Promise<Prepared> {
  const settings = await readSettings(ctx.db);
  return request.owner === 'case'
    ? prepareCase(ctx, request, settings)
    : prepareBreach(ctx, request, settings);
}
