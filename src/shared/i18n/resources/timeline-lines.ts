import { namespace } from '../translate';

/**
 * The lines of a case's or a breach's timeline written since the lines keep their phrase (issue 16,
 * migration 080): stored as the phrase, shown in the reader's language. Unlike `coreTimeline` they
 * are never matched back from English. `timelineCommon` holds what both timelines write and the
 * joints a line is composed with; an optional clause is an empty string when it does not apply.
 */
export const timelineCommon = namespace(
  {
    note: '{{text}}',
    changed: 'Changed: {{what}}.{{notes}}',
    changeNotes: ' {{notes}}.',
    changedFrom: '{{field}} {{before}} → {{after}}',
    semicolons: '{{first}}; {{then}}',
    spaced: '{{first}} {{then}}',
    parenthetical: ' ({{text}})',
    quoted: '"{{text}}"',
    letterMade:
      'Letter made: {{what}}, in {{language}}, dated {{date}}, to go out by {{how}}; kept under Documents as "{{file}}".',
    accessReport_one:
      'Access report made: {{count}} record found by {{queries}}, dated {{date}}; kept under Documents as "{{pdf}}" and "{{bundle}}".',
    accessReport_other:
      'Access report made: {{count}} records found by {{queries}}, dated {{date}}; kept under Documents as "{{pdf}}" and "{{bundle}}".',
    theSelection: 'the selection',
    anonymised: 'Removed when the record was anonymised',
  },
  {
    note: '{{text}}',
    changed: 'Endret: {{what}}.{{notes}}',
    changeNotes: ' {{notes}}.',
    changedFrom: '{{field}} {{before}} → {{after}}',
    semicolons: '{{first}}; {{then}}',
    spaced: '{{first}} {{then}}',
    parenthetical: ' ({{text}})',
    quoted: '«{{text}}»',
    letterMade:
      'Brev laget: {{what}}, på {{language}}, datert {{date}}, sendes via {{how}}; lagret under Dokumenter som «{{file}}».',
    accessReport_one:
      'Innsynsrapport laget: {{count}} oppføring funnet ved {{queries}}, datert {{date}}; lagret under Dokumenter som «{{pdf}}» og «{{bundle}}».',
    accessReport_other:
      'Innsynsrapport laget: {{count}} oppføringer funnet ved {{queries}}, datert {{date}}; lagret under Dokumenter som «{{pdf}}» og «{{bundle}}».',
    theSelection: 'utvalget',
    anonymised: 'Fjernet da posten ble anonymisert',
  },
);

/** A case's lines. */
export const timelineCase = namespace(
  {
    opened:
      'Case opened for {{types}}, received {{received}} by {{channel}}; due {{due}}{{verification}}{{duplicates}}',
    noVerificationNeeded: '. No identity verification needed (checklist template)',
    possibleDuplicates: '. Possible duplicate of {{numbers}}',
    // The English ends in a full stop before the one `changeNotes` adds: kept, as it has always read.
    checklistChosenAgain: 'The verification checklist was chosen again for the new request.',
    checklistItemsAdded: '{{number}} verification checklist items were added for the new request.',
    tasksAdded: '{{number}} tasks added',
    openTasksRemoved: '{{number}} open tasks removed',
    anAgent: 'an agent',
    nobody: 'nobody',
    taskNotApplicableBecause: 'Task marked not applicable: {{task}} ({{note}})',
    recipientTold: '{{name}} told of the change on {{date}}{{how}}',
    recipientNotTold: '{{name}} could not be told: {{reason}}',
    forwarded: 'Forwarded to the customer on {{date}}: {{to}} by {{how}}{{deadline}}',
    customerDeadline: "; the customer's deadline is {{date}}",
    verificationAsked: 'Verification asked of the person on {{date}}',
    verificationAskedRemoved: 'Verification request date removed',
    answerReceived: "The person's answer received on {{date}}",
    answerRemoved: 'Answer date removed',
    clarificationAsked: 'The person was asked on {{date}} to clarify the request (Recital 63): {{question}}',
    clarificationAskedRemoved: 'Clarification request removed',
    clarificationReceived: "The person's clarification received on {{date}}",
    clarificationReceivedRemoved: 'Clarification answer date removed',
    identity: 'Identity {{result}}{{method}}: {{reason}}',
    identityBy: ' by {{method}}',
    overridden: 'Verification overridden by the DPO for {{types}}: {{reason}}',
    authorityChecked: 'Authority of {{name}} checked: {{evidence}}{{note}}',
    restricted: 'Restricted from {{date}}: {{what}} ({{ground}})',
    restrictionLifted:
      'Restriction lifted on {{lifted}} ({{what}}); the person was told on {{told}} ({{how}}). Reason: {{reason}}',
    extended:
      'Deadline extended to {{date}} ({{explanation}}); the person was told on {{told}} by {{channel}}. Reasons: {{reasons}}',
    receivedDateChanged: 'Received date changed from {{from}} to {{to}}; due {{due}}. Reason: {{reason}}',
    closed: 'Closed: {{outcome}}{{reply}}{{channel}}{{grounds}}{{fee}}{{late}}',
    replyOf: ', reply of {{date}}',
    byChannel: ' by {{channel}}',
    grounds: '; grounds: {{grounds}}',
    fee: '; a reasonable fee of {{amount}} kr (Art. 12(5)): {{basis}}',
    closedLate: ' — late (due {{due}}{{original}}): {{reason}}',
    originalDueAsRefusal: ', the original due date, as a refusal',
    erasureDone:
      'Erasure carried out: {{erased}} erased, {{anonymised}} anonymised, {{kept}} kept and restricted, {{files}} files deleted, {{auditPayloads}} audit payloads redacted. Reason: {{reason}}',
    demoOpened: 'Case opened; received {{date}} by {{channel}}',
    demoForwarded: 'Forwarded to the customer: {{to}}',
    demoVerified: 'Identity verified',
    demoVerificationFailed: 'Identity verification failed',
    demoClarification: 'The person was asked to clarify the request: {{question}}',
    demoExtended: 'Deadline extended by two months. Reasons: {{reasons}}',
    demoClosed: 'Closed: {{outcome}}',
    demoClosedLate: 'Closed: {{outcome}} (late)',
  },
  {
    opened:
      'Sak åpnet for {{types}}, mottatt {{received}} via {{channel}}; frist {{due}}{{verification}}{{duplicates}}',
    noVerificationNeeded: '. Identitetskontroll er ikke nødvendig (sjekklistemal)',
    possibleDuplicates: '. Mulig duplikat av {{numbers}}',
    checklistChosenAgain: 'Sjekklisten for identitetskontroll ble valgt på nytt for den nye forespørselen',
    checklistItemsAdded:
      '{{number}} punkter ble lagt til i sjekklisten for identitetskontroll for den nye forespørselen',
    tasksAdded: '{{number}} oppgaver lagt til',
    openTasksRemoved: '{{number}} åpne oppgaver fjernet',
    anAgent: 'en kundebehandler',
    nobody: 'ingen',
    taskNotApplicableBecause: 'Oppgave merket som ikke aktuell: {{task}} ({{note}})',
    recipientTold: '{{name}} fikk beskjed om endringen {{date}}{{how}}',
    recipientNotTold: '{{name}} kunne ikke få beskjed: {{reason}}',
    forwarded: 'Videresendt til kunden {{date}}: {{to}} via {{how}}{{deadline}}',
    customerDeadline: '; kundens frist er {{date}}',
    verificationAsked: 'Personen ble bedt om å bekrefte identiteten sin {{date}}',
    verificationAskedRemoved: 'Datoen for forespørselen om identitetsbekreftelse er fjernet',
    answerReceived: 'Personens svar mottatt {{date}}',
    answerRemoved: 'Svardatoen er fjernet',
    clarificationAsked:
      'Personen ble {{date}} bedt om å presisere forespørselen (fortalepunkt 63): {{question}}',
    clarificationAskedRemoved: 'Anmodningen om presisering er fjernet',
    clarificationReceived: 'Personens presisering mottatt {{date}}',
    clarificationReceivedRemoved: 'Datoen for presiseringen er fjernet',
    identity: 'Identitet {{result}}{{method}}: {{reason}}',
    identityBy: ' ved {{method}}',
    overridden: 'Identitetskontrollen overstyrt av personvernombudet for {{types}}: {{reason}}',
    authorityChecked: 'Fullmakten til {{name}} kontrollert: {{evidence}}{{note}}',
    restricted: 'Behandlingen begrenset fra {{date}}: {{what}} ({{ground}})',
    restrictionLifted:
      'Begrensningen opphevet {{lifted}} ({{what}}); personen fikk beskjed {{told}} ({{how}}). Begrunnelse: {{reason}}',
    extended:
      'Fristen forlenget til {{date}} ({{explanation}}); personen fikk beskjed {{told}} via {{channel}}. Begrunnelse: {{reasons}}',
    receivedDateChanged:
      'Mottaksdatoen endret fra {{from}} til {{to}}; frist {{due}}. Begrunnelse: {{reason}}',
    closed: 'Avsluttet: {{outcome}}{{reply}}{{channel}}{{grounds}}{{fee}}{{late}}',
    replyOf: ', svar datert {{date}}',
    byChannel: ' via {{channel}}',
    grounds: '; grunnlag: {{grounds}}',
    fee: '; et rimelig gebyr på {{amount}} kr (art. 12 nr. 5): {{basis}}',
    closedLate: ' — for sent (frist {{due}}{{original}}): {{reason}}',
    originalDueAsRefusal: ', den opprinnelige fristen, siden det er et avslag',
    erasureDone:
      'Sletting utført: {{erased}} slettet, {{anonymised}} anonymisert, {{kept}} beholdt og begrenset, {{files}} filer slettet, {{auditPayloads}} oppføringer i revisjonsloggen sladdet. Begrunnelse: {{reason}}',
    demoOpened: 'Sak åpnet; mottatt {{date}} via {{channel}}',
    demoForwarded: 'Videresendt til kunden: {{to}}',
    demoVerified: 'Identiteten er bekreftet',
    demoVerificationFailed: 'Identiteten kunne ikke bekreftes',
    demoClarification: 'Personen ble bedt om å presisere forespørselen: {{question}}',
    demoExtended: 'Fristen forlenget med to måneder. Begrunnelse: {{reasons}}',
    demoClosed: 'Avsluttet: {{outcome}}',
    demoClosedLate: 'Avsluttet: {{outcome}} (for sent)',
  },
);
