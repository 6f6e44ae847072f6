import { compareDates } from '../../../shared/calendar';
import type { ErasureItem } from '../../../shared/erasure/contract';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import { osloDate } from '../../../shared/oslo';
import type { PersonRecordKind } from '../../../shared/people/contract';
import { subjectsOf } from '../audit/subjects';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { readSettings } from '../settings/service';
import {
  agreementEnds,
  attachmentsOfOwners,
  breachLinksOfInquiries,
  caseLinksOfInquiries,
  entriesNaming,
  entriesOfRecords,
  type ErasureAttachmentRow,
  erasureAttachments,
  erasureBreaches,
  erasureCases,
  erasureInquiries,
  erasureOrganisations,
  heldRecords,
  inquiriesOfCases,
  recordsOfEntries,
} from './repository';
import type { NewRestriction } from './restrictions-repository';
import { addYears, anonymise, bookkeepingUntil, breachUntil, type Decision, erase, keep } from './decisions';

export interface ErasureInput {
  items: ReadonlyArray<{ kind: PersonRecordKind; id: number }>;
  caseId?: number;
}

/** What an erasure would do, and the work behind it. */
interface Plan {
  items: ErasureItem[];
  openCases: Map<number, string>;
  inquiriesToDelete: number[];
  inquiriesToAnonymise: number[];
  casesToAnonymise: number[];
  breachesToAnonymise: number[];
  organisationsToClear: number[];
  filesToDelete: ErasureAttachmentRow[];
  auditEntries: number[];
  restrictions: NewRestriction[];
}

export async function plan(ctx: Ctx, input: ErasureInput): Promise<Plan> {
  const settings = await readSettings(ctx.db);
  const today = osloDate(ctx.clock.now());
  const wanted = (kind: PersonRecordKind) => [
    ...new Set(input.items.filter((item) => item.kind === kind).map((item) => item.id)),
  ];

  // Cases: the selected ones, and those the selected inquiries belong to (their fate decides the inquiry's).
  const inquiryIds = wanted('inquiry');
  const inquiries = await erasureInquiries(ctx.db, inquiryIds);
  missingCheck('inquiry', inquiryIds, inquiries);
  const caseLinks = await caseLinksOfInquiries(ctx.db, inquiryIds);
  const breachLinks = await breachLinksOfInquiries(ctx.db, inquiryIds);
  const selectedCaseIds = wanted('case');
  const attachmentIds = wanted('attachment');
  const attachments = await erasureAttachments(ctx.db, attachmentIds);
  missingCheck('attachment', attachmentIds, attachments);
  const caseIds = [
    ...new Set([
      ...selectedCaseIds,
      ...caseLinks.map((link) => Number(link.owner_id)),
      ...attachments.filter((row) => row.owner_type === 'case').map((row) => Number(row.owner_id)),
    ]),
  ];
  const cases = await erasureCases(ctx.db, caseIds);
  missingCheck('case', selectedCaseIds, cases);
  const selectedBreachIds = wanted('breach');
  const breachIds = [
    ...new Set([
      ...selectedBreachIds,
      ...breachLinks.map((link) => Number(link.owner_id)),
      ...attachments.filter((row) => row.owner_type === 'breach').map((row) => Number(row.owner_id)),
    ]),
  ];
  const breaches = await erasureBreaches(ctx.db, breachIds);
  missingCheck('breach', selectedBreachIds, breaches);
  const organisationIds = wanted('organisation');
  const organisations = await erasureOrganisations(ctx.db, organisationIds);
  missingCheck('organisation', organisationIds, organisations);

  const heldCases = await heldRecords(ctx.db, 'case', caseIds);
  const heldBreaches = await heldRecords(ctx.db, 'breach', breachIds);
  const heldInquiries = await heldRecords(ctx.db, 'inquiry', inquiryIds);
  const agreementIds = [
    ...new Set(
      attachments.flatMap((row) => [
        ...(row.owner_type === 'agreement' ? [Number(row.owner_id)] : []),
        ...(row.evidence_of !== null ? [Number(row.evidence_of)] : []),
      ]),
    ),
  ];
  const heldAgreements = await heldRecords(ctx.db, 'agreement', agreementIds);
  const agreementEnd = new Map(
    (await agreementEnds(ctx.db, agreementIds)).map((row) => [
      Number(row.id),
      row.ended_on && ['terminated', 'expired'].includes(row.status)
        ? addYears(row.ended_on, settings.agreementRetentionYears)
        : null,
    ]),
  );

  const openCases = new Map<number, string>();
  const caseDecision = new Map<number, Decision>();
  for (const row of cases) {
    const id = Number(row.id);
    if (heldCases.has(id)) caseDecision.set(id, keep('legal-claims', null));
    else if (row.state !== 'closed') {
      caseDecision.set(id, keep('open-case', null));
      openCases.set(id, row.number);
    } else {
      const until = bookkeepingUntil(row, settings);
      caseDecision.set(
        id,
        until && compareDates(until, today) >= 0 ? keep('bookkeeping', until) : anonymise(),
      );
    }
  }
  const caseNumber = new Map(cases.map((row) => [Number(row.id), row.number]));
  const breachDecision = new Map<number, Decision>();
  for (const row of breaches) {
    const id = Number(row.id);
    const until = breachUntil(row, settings);
    if (heldBreaches.has(id)) breachDecision.set(id, keep('legal-claims', null));
    else if (until === null || compareDates(until, today) >= 0)
      breachDecision.set(id, keep('breach-record', until));
    else breachDecision.set(id, anonymise());
  }
  const breachNumber = new Map(breaches.map((row) => [Number(row.id), row.number]));

  const items: ErasureItem[] = [];
  const work: Plan = {
    items,
    openCases,
    inquiriesToDelete: [],
    inquiriesToAnonymise: [],
    casesToAnonymise: [],
    breachesToAnonymise: [],
    organisationsToClear: [],
    filesToDelete: [],
    auditEntries: [],
    restrictions: [],
  };
  const add = (kind: PersonRecordKind, id: number, title: string, decision: Decision) => {
    items.push({ kind, id, title, ...decision });
    // The erasure case itself is being worked on: it is kept, not restricted.
    const ownCase = kind === 'case' && id === input.caseId;
    if (
      decision.outcome === 'keep' &&
      decision.ground &&
      kind !== 'organisation' &&
      kind !== 'audit' &&
      !ownCase
    )
      work.restrictions.push({
        record_type: kind,
        record_id: id,
        ground: decision.ground,
        kept_until: decision.until,
      });
  };

  // Cases first: an anonymised case takes its documents and its inquiries with it.
  const selectedCases = new Set(selectedCaseIds);
  for (const row of cases) {
    const id = Number(row.id);
    if (!selectedCases.has(id)) continue;
    const decision = caseDecision.get(id)!;
    add('case', id, row.number, decision);
    if (decision.outcome === 'anonymise') work.casesToAnonymise.push(id);
  }
  const inquiryDecision = new Map<number, Decision>();
  for (const row of inquiries) {
    const id = Number(row.id);
    const ownCases = caseLinks
      .filter((link) => Number(link.inquiry_id) === id)
      .map((link) => Number(link.owner_id));
    const ownBreaches = breachLinks
      .filter((link) => Number(link.inquiry_id) === id)
      .map((link) => Number(link.owner_id));
    const keptBy =
      ownCases
        .map((caseId) => [caseId, caseDecision.get(caseId)!] as const)
        .find(([, d]) => d.outcome === 'keep') ?? null;
    const keptByBreach =
      ownBreaches
        .map((breachId) => [breachId, breachDecision.get(breachId)!] as const)
        .find(([, d]) => d.outcome === 'keep') ?? null;
    let decision: Decision;
    if (heldInquiries.has(id)) decision = keep('legal-claims', null);
    else if (keptBy) decision = keep(keptBy[1].ground!, keptBy[1].until, caseNumber.get(keptBy[0]) ?? null);
    else if (keptByBreach)
      decision = keep(
        keptByBreach[1].ground!,
        keptByBreach[1].until,
        breachNumber.get(keptByBreach[0]) ?? null,
      );
    else if (ownCases.length > 0 || ownBreaches.length > 0)
      // Part of a case's or breach's file, which is anonymised: anonymised with it.
      decision = anonymise(caseNumber.get(ownCases[0]) ?? breachNumber.get(ownBreaches[0]) ?? null);
    else decision = erase();
    inquiryDecision.set(id, decision);
  }
  // The inquiries of anonymised cases go with them (anonymised), selected or not.
  const caseInquiries = await inquiriesOfCases(ctx.db, work.casesToAnonymise);
  for (const link of caseInquiries) {
    const id = Number(link.inquiry_id);
    if (!inquiryDecision.has(id))
      inquiryDecision.set(id, anonymise(caseNumber.get(Number(link.owner_id)) ?? null));
  }
  for (const [id, decision] of [...inquiryDecision].sort(([a], [b]) => a - b)) {
    add('inquiry', id, inquiryNumber(id), decision);
    if (decision.outcome === 'erase') work.inquiriesToDelete.push(id);
    if (decision.outcome === 'anonymise') work.inquiriesToAnonymise.push(id);
  }
  for (const row of breaches) {
    const id = Number(row.id);
    if (!selectedBreachIds.includes(id)) continue;
    const decision = breachDecision.get(id)!;
    add('breach', id, row.number, decision);
    if (decision.outcome === 'anonymise') work.breachesToAnonymise.push(id);
  }
  for (const row of organisations) add('organisation', Number(row.id), row.name, anonymise());
  work.organisationsToClear = organisations.map((row) => Number(row.id));

  // Files: the selected ones, and the documents of anonymised cases and breaches.
  const files = new Map<number, ErasureAttachmentRow>();
  for (const row of attachments) files.set(Number(row.id), row);
  for (const row of await attachmentsOfOwners(ctx.db, 'case', work.casesToAnonymise))
    files.set(Number(row.id), row);
  for (const row of await attachmentsOfOwners(ctx.db, 'breach', work.breachesToAnonymise))
    files.set(Number(row.id), row);
  for (const row of [...files.values()].sort((a, b) => a.id - b.id)) {
    const ownerId = Number(row.owner_id);
    let decision: Decision;
    const ownerDecision =
      row.owner_type === 'case'
        ? caseDecision.get(ownerId)
        : row.owner_type === 'breach'
          ? breachDecision.get(ownerId)
          : undefined;
    const via =
      row.owner_type === 'case'
        ? (caseNumber.get(ownerId) ?? null)
        : row.owner_type === 'breach'
          ? (breachNumber.get(ownerId) ?? null)
          : null;
    if (row.evidence_of !== null)
      decision = heldAgreements.has(Number(row.evidence_of))
        ? keep('legal-claims', null)
        : keep('agreement-evidence', agreementEnd.get(Number(row.evidence_of)) ?? null);
    else if (row.owner_type === 'agreement' && heldAgreements.has(ownerId))
      decision = keep('legal-claims', null);
    else if (ownerDecision?.outcome === 'keep')
      decision = keep(ownerDecision.ground!, ownerDecision.until, via);
    else decision = erase(via);
    add('attachment', Number(row.id), row.file_name, decision);
    if (decision.outcome === 'erase') work.filesToDelete.push(row);
  }

  // The audit log: the history of what goes, the entries chosen, and every entry naming the person,
  // except the history of records that are kept.
  // A chosen entry about a record that is kept stays with that record's history.
  const chosenEntries: number[] = [];
  const keptRecord = (type: string, id: number): [Decision, string | null] | null => {
    const decision =
      type === 'inquiry'
        ? inquiryDecision.get(id)
        : type === 'case'
          ? caseDecision.get(id)
          : type === 'breach'
            ? breachDecision.get(id)
            : undefined;
    if (decision?.outcome !== 'keep') return null;
    const title =
      type === 'inquiry' ? inquiryNumber(id) : type === 'case' ? caseNumber.get(id) : breachNumber.get(id);
    return [decision, title ?? null];
  };
  const entryRecords = await recordsOfEntries(ctx.db, wanted('audit'));
  missingCheck('audit', wanted('audit'), entryRecords);
  for (const entry of entryRecords.sort((a, b) => a.id - b.id)) {
    const id = Number(entry.id);
    const kept = entry.entity_id === null ? null : keptRecord(entry.entity_type, Number(entry.entity_id));
    if (kept) add('audit', id, `Entry ${id}`, { ...kept[0], via: kept[1] });
    else {
      add('audit', id, `Entry ${id}`, erase());
      chosenEntries.push(id);
    }
  }
  const subjects = subjectsOf(
    ...inquiries
      .filter((row) => inquiryDecision.get(Number(row.id))?.outcome !== 'keep')
      .map((row) => ({
        personName: row.person_name,
        personEmail: row.person_email,
        personPhone: row.person_phone,
        personReference: row.person_reference,
      })),
    ...cases
      .filter(
        (row) => selectedCases.has(Number(row.id)) && caseDecision.get(Number(row.id))?.outcome !== 'keep',
      )
      .map((row) => ({
        personName: row.person_name,
        personEmail: row.person_email,
        personPhone: row.person_phone,
        personReference: row.person_reference,
      })),
    ...organisations.map((row) => ({
      contactName: row.privacy_contact_name,
      contactEmail: row.privacy_contact_email,
      contactPhone: row.privacy_contact_phone,
    })),
  ).filter((subject) => subject.kind !== 'name' || subject.key.includes(' '));
  const keptEntries = new Set([
    ...(await entriesOfRecords(
      ctx.db,
      'inquiry',
      [...inquiryDecision].filter(([, d]) => d.outcome === 'keep').map(([id]) => id),
    )),
    ...(await entriesOfRecords(
      ctx.db,
      'case',
      [...caseDecision].filter(([, d]) => d.outcome === 'keep').map(([id]) => id),
    )),
    ...(await entriesOfRecords(
      ctx.db,
      'breach',
      [...breachDecision].filter(([, d]) => d.outcome === 'keep').map(([id]) => id),
    )),
  ]);
  const entries = new Set([
    ...chosenEntries,
    ...(await entriesOfRecords(ctx.db, 'inquiry', [...work.inquiriesToDelete, ...work.inquiriesToAnonymise])),
    ...(await entriesOfRecords(ctx.db, 'case', work.casesToAnonymise)),
    ...(await entriesOfRecords(ctx.db, 'breach', work.breachesToAnonymise)),
    ...(await entriesNaming(ctx.db, subjects)).filter((id) => !keptEntries.has(id)),
  ]);
  work.auditEntries = [...entries].sort((a, b) => a - b);
  return work;
}

function missingCheck(kind: PersonRecordKind, wanted: number[], found: Array<{ id: number }>): void {
  const have = new Set(found.map((row) => Number(row.id)));
  const absent = wanted.find((id) => !have.has(id));
  if (absent === undefined) return;
  const what: Record<PersonRecordKind, string> = {
    inquiry: `Inquiry ${inquiryNumber(absent)}`,
    case: `Case ${absent}`,
    breach: `Breach ${absent}`,
    organisation: `Organisation ${absent}`,
    attachment: `Attached file ${absent}`,
    audit: `Audit entry ${absent}`,
  };
  throw new AppError(
    'NOT_FOUND',
    `${what[kind]} was not found: it may have been erased or purged meanwhile. Search again.`,
  );
}
