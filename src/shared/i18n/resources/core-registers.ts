import { namespace } from '../translate';

/**
 * The core's words on the registers: what a record of processing still lacks (Art. 30), an
 * agreement's breach-notice promise, the Chapter V checks of a transfer, what a link of a sub-processor chain
 * lacks, and the words the agreements export writes itself (`coreRegisters:<key>`).
 */
export const coreRegisters = namespace(
  {
    missingPurposes: 'The purposes of the processing (Art. 30(1)(b))',
    missingLegalBasis: 'The legal basis (Art. 6(1))',
    missingSubjects: 'The categories of people (Art. 30(1)(c))',
    missingData: 'The categories of personal data (Art. 30(1)(c))',
    missingRecipients: 'The categories of recipients, or that there are none (Art. 30(1)(d))',
    missingRetention: 'The time limits for erasure (Art. 30(1)(f))',
    missingCustomer: 'The customer we process for (Art. 30(2)(a))',
    missingProcessing: 'The categories of processing carried out for the customer (Art. 30(2)(b))',
    missingSecurityController: 'A general description of the security measures (Art. 30(1)(g))',
    missingSecurityProcessor: 'A general description of the security measures (Art. 30(2)(d))',
    weNoticeHours:
      'We promise to tell of a breach within {{hours}} hours: more than {{limit}} leaves the controller too little of its own 72 (Art. 33(1)-(2)). The breach clock still aims at without undue delay (24 hours).',
    supplierNoticeHours:
      'The supplier promises to tell of a breach within {{hours}} hours: more than {{limit}} leaves the controller too little of its own 72 (Art. 33(1)-(2)). The breach clock still aims at without undue delay (24 hours).',
    inEea: '{{country}} is in the EEA: sending data there is not a transfer and needs no basis.',
    adequacyEnded:
      'The adequacy decision for {{country}} ({{reference}}) ended on {{date}}{{note}}: choose standard contractual clauses, binding corporate rules or an Art. 49 derogation.',
    noAdequacy:
      'There is no adequacy decision for {{country}}: choose standard contractual clauses, binding corporate rules or an Art. 49 derogation.',
    recordedUnderEnded:
      'The transfer was recorded under {{then}}, which ended on {{date}}; {{now}} applies now: check that the importer is covered and confirm the transfer again.',
    recordedUnderNone:
      'The transfer was recorded under no adequacy decision; {{now}} applies now: check that the importer is covered and confirm the transfer again.',
    theDecision: 'the decision',
    partialAdequacy:
      'The adequacy decision for {{country}} covers only some recipients ({{note}}): confirm that the importer is covered, or choose another basis.',
    seeTheDecision: 'see the decision',
    sccModuleMissing: 'Say which module of the standard contractual clauses is used (1 to 4).',
    directionMissing:
      'Say who exports to whom: the module of the standard contractual clauses follows from it.',
    wrongModule:
      'Module {{module}} is for {{purpose}}; this transfer is {{direction}}: use module {{right}}.',
    derogationMissing: 'Say which Art. 49 derogation applies.',
    notOccasional:
      'An Art. 49 derogation covers occasional transfers only; a regular, repeated transfer needs safeguards such as SCCs or BCRs (EDPB guidelines 2/2018).',
    noTia:
      'No transfer impact assessment is recorded: one is required before data goes out under SCCs or BCRs (C-311/18, Schrems II; EDPB recommendations 01/2020).',
    reviewOverdue: 'The review of this transfer is overdue.',
    noBasis: 'Data is processed in {{country}} without a valid transfer basis.',
    noBasisPartial:
      'Data is processed in {{country}} without a valid transfer basis (the adequacy decision covers only some recipients: confirm the importer is covered, or use another basis).',
    transferTo: 'Transfer to {{country}}: {{problem}}',
    'purpose.1': 'controller to controller',
    'purpose.2': 'controller to processor',
    'purpose.3': 'processor to processor',
    'purpose.4': 'processor to controller',
    'direction.controller-controller': 'controller to controller',
    'direction.controller-processor': 'controller to processor',
    'direction.processor-processor': 'processor to processor (a sub-processor)',
    'direction.processor-controller': 'processor back to its controller',
    linkNoAgreement:
      'No agreement with {{name}} is linked: the same obligations must bind the sub-processor (Art. 28(4)).',
    linkNotInForce: 'Our agreement with {{name}} ({{reference}}) is {{status}}.',
    linkLacksClauses_one: 'Our agreement with {{name}} lacks {{count}} Art. 28(3) clause.',
    linkLacksClauses_other: 'Our agreement with {{name}} lacks {{count}} Art. 28(3) clauses.',
    linkTransferFlag: 'Our agreement with {{name}} has a transfer without a valid basis.',
    linkNoAuthorisationDate: 'The date of the customer’s specific written authorisation is not recorded.',
    linkNoNotice:
      'Added without a change notice to the customer: under a general authorisation every addition is announced first, and the customer may object (Art. 28(2)).',
    linkObjected: 'The customer objected on {{date}}; the objection is not resolved.',
    linkMayObject: 'The customer may still object until {{date}}.',
    'status.draft': 'draft',
    'status.negotiation': 'in negotiation',
    'status.active': 'active',
    'status.suspended': 'suspended',
    'status.terminated': 'terminated',
    'status.expired': 'expired',
    checklistSummary:
      '{{percent}} % ({{present}} present, {{notApplicable}} n/a, {{missing}} missing, {{unchecked}} not checked)',
    transferLine: '{{importer}}, {{country}}: {{basis}}',
    transferLineTia: '{{importer}}, {{country}}: {{basis}}, TIA done',
    basisModule: '{{basis}} module {{module}}',
    withoutUndueDelay: 'without undue delay',
    endConfirmed: '{{end}}, confirmed {{date}}',
    endNotConfirmed: '{{end}}, not confirmed',
  },
  {
    missingPurposes: 'Formålene med behandlingen (art. 30 nr. 1 bokstav b)',
    missingLegalBasis: 'Behandlingsgrunnlaget (art. 6 nr. 1)',
    missingSubjects: 'Kategoriene av personer (art. 30 nr. 1 bokstav c)',
    missingData: 'Kategoriene av personopplysninger (art. 30 nr. 1 bokstav c)',
    missingRecipients: 'Kategoriene av mottakere, eller at det ikke er noen (art. 30 nr. 1 bokstav d)',
    missingRetention: 'Fristene for sletting (art. 30 nr. 1 bokstav f)',
    missingCustomer: 'Kunden vi behandler for (art. 30 nr. 2 bokstav a)',
    missingProcessing: 'Kategoriene av behandling som utføres for kunden (art. 30 nr. 2 bokstav b)',
    missingSecurityController: 'En generell beskrivelse av sikkerhetstiltakene (art. 30 nr. 1 bokstav g)',
    missingSecurityProcessor: 'En generell beskrivelse av sikkerhetstiltakene (art. 30 nr. 2 bokstav d)',
    weNoticeHours:
      'Vi lover å varsle om brudd innen {{hours}} timer: mer enn {{limit}} gir den behandlingsansvarlige for lite av sine egne 72 (art. 33 nr. 1 og 2). Bruddklokken sikter fortsatt mot uten ugrunnet opphold (24 timer).',
    supplierNoticeHours:
      'Leverandøren lover å varsle om brudd innen {{hours}} timer: mer enn {{limit}} gir den behandlingsansvarlige for lite av sine egne 72 (art. 33 nr. 1 og 2). Bruddklokken sikter fortsatt mot uten ugrunnet opphold (24 timer).',
    inEea: '{{country}} er i EØS: å sende opplysninger dit er ikke en overføring og trenger ikke grunnlag.',
    adequacyEnded:
      'Beslutningen om tilstrekkelig beskyttelsesnivå for {{country}} ({{reference}}) opphørte {{date}}{{note}}: velg standardavtaler, bindende virksomhetsregler eller et unntak i art. 49.',
    noAdequacy:
      'Det finnes ingen beslutning om tilstrekkelig beskyttelsesnivå for {{country}}: velg standardavtaler, bindende virksomhetsregler eller et unntak i art. 49.',
    recordedUnderEnded:
      'Overføringen ble registrert under {{then}}, som opphørte {{date}}; {{now}} gjelder nå: kontroller at mottakeren er omfattet, og bekreft overføringen på nytt.',
    recordedUnderNone:
      'Overføringen ble registrert uten en beslutning om tilstrekkelig beskyttelsesnivå; {{now}} gjelder nå: kontroller at mottakeren er omfattet, og bekreft overføringen på nytt.',
    theDecision: 'beslutningen',
    partialAdequacy:
      'Beslutningen om tilstrekkelig beskyttelsesnivå for {{country}} omfatter bare noen mottakere ({{note}}): bekreft at mottakeren er omfattet, eller velg et annet grunnlag.',
    seeTheDecision: 'se beslutningen',
    sccModuleMissing: 'Oppgi hvilken modul av standardavtalene som brukes (1 til 4).',
    directionMissing: 'Oppgi hvem som eksporterer til hvem: modulen i standardavtalene følger av det.',
    wrongModule:
      'Modul {{module}} gjelder {{purpose}}; denne overføringen er {{direction}}: bruk modul {{right}}.',
    derogationMissing: 'Oppgi hvilket unntak i art. 49 som gjelder.',
    notOccasional:
      'Et unntak i art. 49 dekker bare sporadiske overføringer; en regelmessig, gjentatt overføring trenger garantier som standardavtaler eller bindende virksomhetsregler (EDPBs retningslinjer 2/2018).',
    noTia:
      'Ingen vurdering av overføringens virkninger er registrert: den kreves før opplysninger sendes ut under standardavtaler eller bindende virksomhetsregler (C-311/18, Schrems II; EDPBs anbefalinger 01/2020).',
    reviewOverdue: 'Gjennomgangen av denne overføringen er forfalt.',
    noBasis: 'Opplysninger behandles i {{country}} uten gyldig overføringsgrunnlag.',
    noBasisPartial:
      'Opplysninger behandles i {{country}} uten gyldig overføringsgrunnlag (beslutningen om tilstrekkelig beskyttelsesnivå omfatter bare noen mottakere: bekreft at mottakeren er omfattet, eller bruk et annet grunnlag).',
    transferTo: 'Overføring til {{country}}: {{problem}}',
    'purpose.1': 'behandlingsansvarlig til behandlingsansvarlig',
    'purpose.2': 'behandlingsansvarlig til databehandler',
    'purpose.3': 'databehandler til databehandler',
    'purpose.4': 'databehandler til behandlingsansvarlig',
    'direction.controller-controller': 'fra behandlingsansvarlig til behandlingsansvarlig',
    'direction.controller-processor': 'fra behandlingsansvarlig til databehandler',
    'direction.processor-processor': 'fra databehandler til databehandler (en underleverandør)',
    'direction.processor-controller': 'fra databehandler tilbake til sin behandlingsansvarlige',
    linkNoAgreement:
      'Ingen avtale med {{name}} er koblet til: de samme forpliktelsene må binde underleverandøren (art. 28 nr. 4).',
    linkNotInForce: 'Vår avtale med {{name}} ({{reference}}) er {{status}}.',
    linkLacksClauses_one: 'Vår avtale med {{name}} mangler {{count}} klausul etter art. 28 nr. 3.',
    linkLacksClauses_other: 'Vår avtale med {{name}} mangler {{count}} klausuler etter art. 28 nr. 3.',
    linkTransferFlag: 'Vår avtale med {{name}} har en overføring uten gyldig grunnlag.',
    linkNoAuthorisationDate: 'Datoen for kundens skriftlige forhåndsgodkjenning er ikke registrert.',
    linkNoNotice:
      'Lagt til uten endringsvarsel til kunden: under en generell godkjenning varsles hvert tillegg først, og kunden kan protestere (art. 28 nr. 2).',
    linkObjected: 'Kunden protesterte {{date}}; protesten er ikke avklart.',
    linkMayObject: 'Kunden kan fortsatt protestere til og med {{date}}.',
    'status.draft': 'et utkast',
    'status.negotiation': 'under forhandling',
    'status.active': 'aktiv',
    'status.suspended': 'suspendert',
    'status.terminated': 'avsluttet',
    'status.expired': 'utløpt',
    checklistSummary:
      '{{percent}} % ({{present}} finnes, {{notApplicable}} ikke relevant, {{missing}} mangler, {{unchecked}} ikke sjekket)',
    transferLine: '{{importer}}, {{country}}: {{basis}}',
    transferLineTia: '{{importer}}, {{country}}: {{basis}}, TIA gjort',
    basisModule: '{{basis}} modul {{module}}',
    withoutUndueDelay: 'uten ugrunnet opphold',
    endConfirmed: '{{end}}, bekreftet {{date}}',
    endNotConfirmed: '{{end}}, ikke bekreftet',
  },
);
