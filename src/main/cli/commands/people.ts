import type { PersonRecordKind } from '../../../shared/people/contract';
import { type CliCommand, stringList, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const personFindCommand: CliCommand = {
  words: ['person', 'find'],
  usage: 'person find QUERY [--json]',
  summary:
    'One person across every record: inquiries (deleted ones too), cases, breaches, contact persons, attached ' +
    'files and the audit log, by name, e-mail address, phone number (any spelling) or customer reference. Audited.',
  options: { json: { type: 'boolean' } },
  run: async ({ core: open, io, values, positionals }) => {
    const [{ runAsSystem }, { findPerson }, { personQuerySchema, personRecordKindLabels }] =
      await Promise.all([
        import('../../core/core'),
        import('../../core/people/service'),
        import('../../../shared/people/contract'),
      ]);
    const parsed = personQuerySchema.safeParse({ query: positionals.join(' ') });
    if (!parsed.success)
      throw new UsageError(parsed.error.issues[0]?.message ?? 'Give a name to search for.');
    const result = await runAsSystem(
      await open(),
      'cli:people.find',
      (ctx) => findPerson(ctx, parsed.data.query),
      cliActor(),
    );
    if (values.json) {
      io.out(JSON.stringify(result));
      return 0;
    }
    for (const group of result.groups) {
      if (group.total === 0) continue;
      io.out(`${personRecordKindLabels[group.kind]}: ${group.total}`);
      for (const item of group.items)
        io.out(
          `  ${item.title}  ${item.date?.slice(0, 10) ?? ''}  ${item.detail}  (${item.why}${item.deleted ? ', deleted' : ''})`,
        );
    }
    if (result.groups.every((group) => group.total === 0)) io.out(`nothing found for "${result.query}"`);
    return 0;
  },
};

export const personReportCommand: CliCommand = {
  words: ['person', 'report'],
  usage:
    'person report --email ADDRESS | --phone NUMBER | --name NAME [--out FILE.pdf] [--bundle FILE.zip] [--lang nb|en] [--audit]',
  summary:
    'The access report (Art. 15) of one person: every record the searches find (give several of --email, ' +
    '--phone and --name, each may be repeated, for several spellings), as a PDF for the person (--out) and a ' +
    'ZIP of JSON and CSV (--bundle, Art. 20), in bokmål or English (default en). --audit adds the audit ' +
    "log's entries that name the person. Audited.",
  options: {
    email: { type: 'string', multiple: true },
    phone: { type: 'string', multiple: true },
    name: { type: 'string', multiple: true },
    out: { type: 'string' },
    bundle: { type: 'string' },
    lang: { type: 'string' },
    audit: { type: 'boolean' },
  },
  run: async ({ core: open, io, values }) => {
    const queries = [
      ...stringList(values, 'email'),
      ...stringList(values, 'phone'),
      ...stringList(values, 'name'),
    ]
      .map((query) => query.trim())
      .filter(Boolean);
    if (queries.length === 0)
      throw new UsageError(
        'Say whom the report is about with --email, --phone or --name (several may be given).',
      );
    const out = stringOption(values, 'out');
    const bundle = stringOption(values, 'bundle');
    if (!out && !bundle)
      throw new UsageError('Give the files to write: --out FILE.pdf and/or --bundle FILE.zip.');
    if (out && !out.toLowerCase().endsWith('.pdf')) throw new UsageError('--out must name a .pdf file.');
    if (bundle && !bundle.toLowerCase().endsWith('.zip'))
      throw new UsageError('--bundle must name a .zip file.');
    const language = languageOption(stringOption(values, 'lang'));
    const [{ runAsSystem }, { selectionOf }, { makeAccessReport }, { personQuerySchema }, fs] =
      await Promise.all([
        import('../../core/core'),
        import('../../core/people/report'),
        import('../../core/people/report-service'),
        import('../../../shared/people/contract'),
        import('node:fs'),
      ]);
    for (const query of queries) {
      const parsed = personQuerySchema.safeParse({ query });
      if (!parsed.success)
        throw new UsageError(`"${query}": ${parsed.error.issues[0]?.message ?? 'not a search'}.`);
    }
    const report = await runAsSystem(
      await open(),
      'cli:people.report',
      async (ctx) => {
        const selection = await selectionOf(ctx, queries, { audit: values.audit === true });
        if (selection.items.length === 0) return null;
        return makeAccessReport(ctx, selection, language);
      },
      cliActor(),
    );
    if (!report) {
      io.err(`Nothing was found for ${queries.map((query) => `"${query}"`).join(', ')}: no report was made.`);
      return 1;
    }
    if (out) {
      fs.writeFileSync(out, Buffer.from(report.pdf.base64, 'base64'));
      io.out(`wrote ${out}`);
    }
    if (bundle) {
      fs.writeFileSync(bundle, Buffer.from(report.bundle.base64, 'base64'));
      io.out(`wrote ${bundle}`);
    }
    io.out(
      report.counts
        .filter((count) => count.count > 0)
        .map((count) => `${count.kind}: ${count.count}`)
        .join(', '),
    );
    return 0;
  },
};

export const personEraseCommand: CliCommand = {
  words: ['person', 'erase'],
  usage:
    'person erase --email ADDRESS | --phone NUMBER | --name NAME [more spellings] --reason TEXT [--case NUMBER] [--yes] [--json]',
  summary:
    'Erase one person (Art. 17): finds every record by each spelling given, then shows what happens to each: ' +
    'erased, anonymised (statistics kept) or kept and restricted with its Art. 17(3) ground and until-date. ' +
    'Changes nothing without --yes. With --case (an open erasure case) the case records the result.',
  options: {
    email: { type: 'string', multiple: true },
    phone: { type: 'string', multiple: true },
    name: { type: 'string', multiple: true },
    reason: { type: 'string' },
    case: { type: 'string' },
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  run: async ({ core: open, io, values }) => {
    const spellings = [
      ...stringList(values, 'email'),
      ...stringList(values, 'phone'),
      ...stringList(values, 'name'),
    ];
    if (spellings.length === 0) throw new UsageError('Say whom to erase: --email, --phone or --name.');
    const reason = stringOption(values, 'reason')?.trim();
    if (values.yes && !reason) throw new UsageError('Give the reason for the erasure with --reason.');
    const [{ runAsSystem }, { findPerson }, erasure, { personQuerySchema }, { keepGroundText }, cases] =
      await Promise.all([
        import('../../core/core'),
        import('../../core/people/service'),
        import('../../core/erasure/service'),
        import('../../../shared/people/contract'),
        import('../../../shared/erasure/contract'),
        import('../../core/cases/repository'),
      ]);
    for (const spelling of spellings) {
      const parsed = personQuerySchema.safeParse({ query: spelling });
      if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'Give a longer spelling.');
    }
    const core = await open();
    const caseNumber = stringOption(values, 'case');
    const caseId = caseNumber ? await cases.findCaseIdByNumber(core.db, caseNumber) : undefined;
    if (caseNumber && caseId === undefined) {
      io.err(`Case ${caseNumber} was not found.`);
      return 1;
    }
    const outcome = await runAsSystem(
      core,
      values.yes ? 'cli:people.erase' : 'cli:people.erasePreview',
      async (ctx) => {
        const items = new Map<string, { kind: PersonRecordKind; id: number }>();
        for (const spelling of spellings)
          for (const group of (await findPerson(ctx, spelling)).groups)
            for (const item of group.items)
              items.set(`${group.kind}:${item.id}`, { kind: group.kind, id: item.id });
        if (items.size === 0) return null;
        const selection = { items: [...items.values()], ...(caseId !== undefined ? { caseId } : {}) };
        const preview = await erasure.erasurePreview(ctx, selection);
        if (!values.yes) return { preview, done: null };
        return { preview, done: await erasure.erasePerson(ctx, { ...selection, reason: reason ?? '' }) };
      },
      cliActor(),
    );
    if (outcome === null) {
      io.out(`nothing found for ${spellings.map((spelling) => `"${spelling}"`).join(', ')}`);
      return 0;
    }
    if (values.json) {
      io.out(JSON.stringify(outcome.done ?? outcome.preview));
      return 0;
    }
    const { preview, done } = outcome;
    const words = { erase: 'erased', anonymise: 'anonymised (statistics kept)', keep: 'kept and restricted' };
    for (const which of ['erase', 'anonymise', 'keep'] as const) {
      const items = preview.items.filter((item) => item.outcome === which);
      if (items.length === 0) continue;
      io.out(`${done ? '' : 'to be '}${words[which]}: ${items.length}`);
      const entries = items.filter((item) => item.kind === 'audit').length;
      for (const item of items.filter((candidate) => candidate.kind !== 'audit'))
        io.out(
          `  ${item.kind} ${item.title}${item.via ? ` (with ${item.via})` : ''}` +
            (item.ground
              ? `: ${keepGroundText[item.ground]}${item.until ? `; until ${item.until}` : ''}`
              : ''),
        );
      if (entries > 0) io.out(`  audit log entries (their before/after copies): ${entries}`);
    }
    if (preview.openCases.length > 0)
      io.out(
        `open cases keep records: ${preview.openCases.map((open) => open.number).join(', ')} (close them first to erase those records too)`,
      );
    if (done) {
      io.out(
        `erasure ${done.erasureId}: ${done.counts.erased} erased, ${done.counts.anonymised} anonymised, ` +
          `${done.counts.kept} kept and restricted, ${done.counts.files} files deleted, ` +
          `${done.counts.auditPayloads} audit payloads redacted`,
      );
    } else {
      io.out(
        `${preview.files} files and the before/after copies of ${preview.auditPayloads} audit entries would go.`,
      );
      io.out('Nothing was changed. Add --reason TEXT --yes to erase.');
    }
    return 0;
  },
};
