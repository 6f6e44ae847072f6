/**
 * What the cases, letters, erasure and inquiries services throw, part of the `errors` namespace
 * (`errors.ts`). The English texts are the services' sentences word for word.
 */
export const caseErrorsEn = {
  // cases: records inside a case
  caseItemNotFound: '{{what}} {{id}} of case {{number}} was not found.',
  notCaseHandler: '{{name}} is not a data protection officer or administrator',
  dateInFuture: 'The date cannot be in the future',
  alreadyInState: '"{{label}}" is already {{state}}.',
  templateAlreadyActive: '"{{name}}" is already active.',
  templateAlreadyInactive: '"{{name}}" is already inactive.',
  itemAlreadyTicked: '"{{label}}" is already ticked.',
  itemAlreadyNotTicked: '"{{label}}" is already not ticked.',
  // verification
  giveVerificationAskedFirst: 'Give the date verification was asked for first',
  givePersonAskedFirst: 'Give the date the person was asked first',
  sayWhatToClarify: 'Say what the person was asked to clarify',
  answerBeforeQuestion: 'The answer cannot come before the question',
  noRepresentativeToCheck: 'The case has no representative whose authority could have been checked.',
  noRepresentative: 'The case has no representative.',
  identityVerifiedUntick:
    'The identity is recorded as verified; record a new result before unticking the checklist.',
  askedBeforeArrival: 'The person cannot have been asked before the request arrived',
  verificationBeforeArrival: 'Verification cannot have been asked for before the request arrived',
  tickEveryItem:
    'Tick every checklist item before recording the identity as verified ({{count}} not ticked: {{items}}).',
  // tasks, recipients, forwarding
  alreadyRecipient: '{{name}} is already on the list of recipients.',
  recipientAlreadyTold: '{{name}} has already been told of the change; the record stays.',
  onlyProcessorForwards: 'Only a case we handle as processor for a customer is forwarded to the customer.',
  recipientsOnlyArt19:
    'Recipients are notified only of rectification, erasure or restriction (Art. 19); this case has none of them.',
  customerDeadlineBeforeArrival: "The customer's deadline cannot be before the request arrived",
  recipientToldBeforeArrival: 'The recipient cannot have been told before the request arrived',
  forwardedBeforeArrival: 'The request cannot have been forwarded before it arrived',
  // restrictions
  restrictionOnWhichCase:
    'A restriction is recorded on a case asking for restriction (Art. 18), or for erasure when data must be kept (Art. 17(3)).',
  keptOnErasureCase: 'Data kept instead of erased (Art. 17(3)) is recorded on an erasure case.',
  toldBeforeLifted: 'The person is told before the restriction is lifted (Art. 18(3))',
  restrictionBeforeArrival: 'The restriction cannot begin before the request arrived',
  restrictionAlreadyLifted: 'The restriction was already lifted on {{date}}.',
  toldOfLiftingAfter: 'The restriction began on {{date}}; the person was told of its lifting after that',
  liftedBeforeBegan: 'The restriction began on {{date}}; it cannot be lifted before',
  // closing
  feeOnlyUnfounded:
    'A fee may be charged only for a manifestly unfounded or excessive request (Art. 12(5)); the first copy of the data is free',
  refusalReasons: 'A refusal must give the reasons (Art. 12(4))',
  unfoundedRefusalIsRefusal:
    'A refusal on the ground that the request is manifestly unfounded or excessive is a refusal in full or in part; to act on it for a fee, choose the reasonable fee',
  feeIsNotRefusal: 'A request answered for a reasonable fee is acted on, not refused (Art. 12(5)(a))',
  objectionRefusal:
    'An objection under Art. 21(1) is refused only on compelling legitimate grounds that override the person’s interests (or for legal claims): choose that ground and set it out in the reasons',
  chooseReplyChannel: 'Choose how the reply was sent',
  giveReplyDate: 'Give the date of the reply',
  giveFee: 'Give the fee charged, in kroner',
  groundsWithRefusal: 'Grounds for a refusal go with a refusal in full or in part',
  justifyUnfounded:
    'Justify why the request is manifestly unfounded or excessive; the burden of proof is ours (Art. 12(5))',
  onlyControllerExtends:
    "Only the controller can extend the deadline. Record the customer's new deadline under Forwarding instead.",
  forwardBeforeClosing: 'Record the forwarding of the request to the customer before closing the case.',
  sayHowFeeWorkedOut:
    'Say how the fee was worked out: it may cover only the administrative costs (Art. 12(5))',
  sayWhyLate: 'Say why the reply is late',
  requestBeforeGdpr: 'The GDPR applies in Norway from 20.07.2018; a request cannot be older',
  extensionBeforeArrival: 'The extension cannot have been decided before the request arrived',
  toldBeforeDecided: 'The person cannot have been told before it was decided',
  replyBeforeRequest: 'The reply cannot predate the request',
  replyJudicialRemedy: 'The reply must tell the person of the right to a judicial remedy (Art. 12(4))',
  replyComplaint: 'The reply must tell the person of the right to complain to Datatilsynet (Art. 12(4))',
  verificationAskedBefore: 'Verification was asked for on {{date}}, before that date',
  receivedDateTooLate:
    'With that received date the original due date would be {{due}}, and the extension notice of {{told}} would have come too late.',
  groundDoesNotApply: '{{ground}} does not apply to {{types}}: it limits {{limits}}',
  neverRefused:
    '{{types}} is never refused (Arts. 7(3), 21(2)-(3)): the processing stops on request. If another part of the request is refused, close it as granted in part.',
  grantedInFull:
    '{{types}} is granted in full or not at all: nothing in it can be refused in part (Arts. 7(3), 21(2)-(3)).',
  tasksStillOpen_one:
    '{{count}} task is still open: {{tasks}}. Tick each, or mark it not applicable with a reason.',
  tasksStillOpen_other:
    '{{count}} tasks are still open: {{tasks}}. Tick each, or mark it not applicable with a reason.',
  tellRecipientsFirst: 'Tell each recipient of the change first (Art. 19): {{names}}.',
  refusalLateAfterExtension:
    'A refusal is due within one month of receipt even after an extension (Art. 12(4)): the reply of {{date}} is after the original due date {{due}}. Say why it is late.',
  replyLate: 'The reply of {{date}} is after the due date {{due}}: say why it is late.',
  gateClosed:
    '{{action}} is not possible yet. {{explanation}} A data protection officer can override this with a written reason.',
  gateTellRecipient: 'Telling {{name}} of the change',
  gateRestrict: 'Restricting the data',
  gateCloseAs: 'Closing the case as {{outcome}}',
  // the deadline engine's refusals of an extension (deadlines/engine.ts)
  extensionCaseClosed: 'The case is closed.',
  alreadyExtended: 'The deadline has already been extended once; the law allows one extension of two months.',
  toldInFuture: 'The date the person was told cannot be in the future.',
  toldBeforeArrival: 'The person cannot have been told before the request arrived.',
  extensionTooLate:
    'Too late: an extension must be decided and the person told by the original due date ({{date}}).',
  // letters
  caseOwnNoCustomer: 'Case {{number}} is our own (we are controller): there is no customer to forward it to.',
  processorForwardInstead:
    'In case {{number}} we are processor for {{customer}}, who answers the person: make the forwarding note to the customer instead of the {{letter}}.',
  caseClosedNoExtension: 'Case {{number}} is closed: its deadline can no longer be extended.',
  tooLateForExtension:
    'Too late for an extension: it must be decided and the person told by the original due date ({{date}}, Art. 12(3)).',
  caseNotClosedYet: 'Case {{number}} is not closed yet: choose the outcome the reply gives',
  caseClosedAs:
    'Case {{number}} was closed as "{{outcome}}": make the reply, which follows the outcome recorded.',
  letterFromBreachNamed: 'The {{letter}} is made from a breach, not from a case.',
  processorTellCustomers:
    'In {{number}} we are processor: the customers, as controllers, notify Datatilsynet and tell the people affected. Tell each customer instead.',
  letterGoesOutBy: 'The {{letter}} goes out by {{channels}}',
  letterGap:
    'The letter still has a gap to fill in: {{gaps}}. Write the text in its place, or remove the sentence.',
  letterGaps:
    'The letter still has {{count}} gaps to fill in: {{gaps}}. Write the text in its place, or remove the sentence.',
  giveExtensionReasons:
    'Give the reasons for the extension: they are recorded with it, and the person is told them (Art. 12(3))',
  notAMergeFieldGuess:
    '{{field}} in {{where}} is not a merge field of "{{letter}}". Did you mean {{guess}}? The fields it can use are listed beside the text.',
  notAMergeField:
    '{{field}} in {{where}} is not a merge field of "{{letter}}". The fields it can use are listed beside the text.',
  mustKeepField: '"{{letter}}" must keep {{field}}: {{why}}.',
  // why a template keeps a merge field ({{why}} of mustKeepField)
  keepDueDate: 'the person is told by when to expect the answer (Art. 12(3))',
  keepExtendedDueDate: 'the person is told the new date (Art. 12(3))',
  keepExtensionReasons: 'the person is told the reasons for the delay (Art. 12(3))',
  keepReasons: 'a refusal states its reasons (Art. 12(4))',
  keepComplaintRights:
    'a refusal tells the person of the right to complain to Datatilsynet and to seek a judicial remedy (Art. 12(4))',
  keepCaseNumber: 'the customer refers to our case when it gives its instructions',
  keepReceivedDate: 'the customer needs the day of receipt to answer within the deadline (Art. 12(3))',
  keepBreachDescription:
    'the nature of the breach is described in clear and plain language (Arts. 33(3)(a), 34(2))',
  keepConsequences: 'the likely consequences are described (Arts. 33(3)(c), 34(2))',
  keepMeasuresTaken: 'the measures taken are described (Arts. 33(3)(d), 34(2))',
  keepContactPoint: 'the contact point for more information is named (Arts. 33(3)(b), 34(2))',
  keepOccurred: "Datatilsynet's form asks when the breach happened",
  keepAwareAt: "Datatilsynet's form asks when we became aware of it",
  keepDataTypes: 'the categories of personal data concerned are given (Art. 33(3)(a))',
  keepSubjectsApprox: 'the approximate number of people concerned is given (Art. 33(3)(a))',
  keepRecordsApprox: 'the approximate number of records concerned is given (Art. 33(3)(a))',
  keepLawRequires: 'the law requires it',
  mergeFieldBraces:
    'A merge field is written with two braces on each side, like {{example}}: check the braces in {{where}}.',
  // erasure
  recordGone: '{{what}} was not found: it may have been erased or purged meanwhile. Search again.',
  caseNotErasure:
    'Case {{number}} does not ask for erasure; start the erasure from the person screen instead.',
  erasureCaseClosed: 'Case {{number}} is closed; an erasure it asked for is recorded while it is open.',
  // inquiries
  followUpInPast: 'A new follow-up date cannot be in the past',
  receivedBefore2000: 'Check the year: the received time is before 2000',
  receivedInFuture: 'The received time cannot be in the future',
} as const;

export const caseErrorsNb: Record<keyof typeof caseErrorsEn, string> = {
  caseItemNotFound: '{{what}} {{id}} i sak {{number}} ble ikke funnet.',
  notCaseHandler: '{{name}} er ikke personvernombud eller administrator',
  dateInFuture: 'Datoen kan ikke være fram i tid',
  alreadyInState: '«{{label}}» er allerede {{state}}.',
  templateAlreadyActive: '«{{name}}» er allerede aktiv.',
  templateAlreadyInactive: '«{{name}}» er allerede inaktiv.',
  itemAlreadyTicked: '«{{label}}» er allerede krysset av.',
  itemAlreadyNotTicked: '«{{label}}» er allerede ikke krysset av.',
  giveVerificationAskedFirst: 'Oppgi først datoen identitetskontrollen ble bedt om',
  givePersonAskedFirst: 'Oppgi først datoen personen ble spurt',
  sayWhatToClarify: 'Skriv hva personen ble bedt om å klargjøre',
  answerBeforeQuestion: 'Svaret kan ikke komme før spørsmålet',
  noRepresentativeToCheck: 'Saken har ingen fullmektig hvis fullmakt kunne vært kontrollert.',
  noRepresentative: 'Saken har ingen fullmektig.',
  identityVerifiedUntick:
    'Identiteten er registrert som bekreftet; registrer et nytt resultat før du fjerner avkrysninger i sjekklisten.',
  askedBeforeArrival: 'Personen kan ikke ha blitt spurt før henvendelsen kom inn',
  verificationBeforeArrival: 'Identitetskontroll kan ikke ha blitt bedt om før henvendelsen kom inn',
  tickEveryItem:
    'Kryss av hvert punkt i sjekklisten før identiteten registreres som bekreftet ({{count}} ikke krysset av: {{items}}).',
  alreadyRecipient: '{{name}} står allerede på listen over mottakere.',
  recipientAlreadyTold: '{{name}} er allerede informert om endringen; registreringen blir stående.',
  onlyProcessorForwards: 'Bare en sak vi behandler som databehandler for en kunde, videresendes til kunden.',
  recipientsOnlyArt19:
    'Mottakere varsles bare om retting, sletting eller begrensning (art. 19); denne saken gjelder ingen av dem.',
  customerDeadlineBeforeArrival: 'Kundens frist kan ikke være før henvendelsen kom inn',
  recipientToldBeforeArrival: 'Mottakeren kan ikke ha blitt informert før henvendelsen kom inn',
  forwardedBeforeArrival: 'Henvendelsen kan ikke ha blitt videresendt før den kom inn',
  restrictionOnWhichCase:
    'En begrensning registreres på en sak som ber om begrensning (art. 18), eller om sletting når opplysninger må beholdes (art. 17 nr. 3).',
  keptOnErasureCase:
    'Opplysninger som beholdes i stedet for å slettes (art. 17 nr. 3), registreres på en slettesak.',
  toldBeforeLifted: 'Personen informeres før begrensningen oppheves (art. 18 nr. 3)',
  restrictionBeforeArrival: 'Begrensningen kan ikke begynne før henvendelsen kom inn',
  restrictionAlreadyLifted: 'Begrensningen ble allerede opphevet {{date}}.',
  toldOfLiftingAfter: 'Begrensningen begynte {{date}}; personen ble informert om opphevingen etter det',
  liftedBeforeBegan: 'Begrensningen begynte {{date}}; den kan ikke oppheves før det',
  feeOnlyUnfounded:
    'Gebyr kan bare kreves for en åpenbart grunnløs eller overdreven henvendelse (art. 12 nr. 5); den første kopien av opplysningene er gratis',
  refusalReasons: 'Et avslag må begrunnes (art. 12 nr. 4)',
  unfoundedRefusalIsRefusal:
    'Et avslag fordi henvendelsen er åpenbart grunnløs eller overdreven, er et helt eller delvis avslag; for å behandle den mot gebyr, velg rimelig gebyr',
  feeIsNotRefusal:
    'En henvendelse som besvares mot et rimelig gebyr, blir behandlet, ikke avslått (art. 12 nr. 5 bokstav a)',
  objectionRefusal:
    'En innsigelse etter art. 21 nr. 1 avslås bare på tvingende berettigede grunner som går foran personens interesser (eller for rettskrav): velg det grunnlaget og gjør rede for det i begrunnelsen',
  chooseReplyChannel: 'Velg hvordan svaret ble sendt',
  giveReplyDate: 'Oppgi datoen for svaret',
  giveFee: 'Oppgi gebyret som ble krevd, i kroner',
  groundsWithRefusal: 'Grunnlag for avslag hører til et helt eller delvis avslag',
  justifyUnfounded:
    'Begrunn hvorfor henvendelsen er åpenbart grunnløs eller overdreven; bevisbyrden er vår (art. 12 nr. 5)',
  onlyControllerExtends:
    'Bare den behandlingsansvarlige kan forlenge fristen. Registrer kundens nye frist under Videresending i stedet.',
  forwardBeforeClosing: 'Registrer videresendingen av henvendelsen til kunden før saken avsluttes.',
  sayHowFeeWorkedOut:
    'Skriv hvordan gebyret ble beregnet: det kan bare dekke de administrative kostnadene (art. 12 nr. 5)',
  sayWhyLate: 'Skriv hvorfor svaret er for sent',
  requestBeforeGdpr:
    'Personvernforordningen gjelder i Norge fra 20.07.2018; en henvendelse kan ikke være eldre',
  extensionBeforeArrival: 'Forlengelsen kan ikke ha blitt besluttet før henvendelsen kom inn',
  toldBeforeDecided: 'Personen kan ikke ha blitt informert før det ble besluttet',
  replyBeforeRequest: 'Svaret kan ikke være eldre enn henvendelsen',
  replyJudicialRemedy:
    'Svaret må informere personen om retten til å bringe saken inn for domstolene (art. 12 nr. 4)',
  replyComplaint: 'Svaret må informere personen om retten til å klage til Datatilsynet (art. 12 nr. 4)',
  verificationAskedBefore: 'Identitetskontroll ble bedt om {{date}}, før den datoen',
  receivedDateTooLate:
    'Med den mottaksdatoen ville den opprinnelige fristen vært {{due}}, og varselet om forlengelse {{told}} ville kommet for sent.',
  groundDoesNotApply: '{{ground}} gjelder ikke for {{types}}: det begrenser {{limits}}',
  neverRefused:
    '{{types}} avslås aldri (art. 7 nr. 3 og art. 21 nr. 2 og 3): behandlingen stanses på forespørsel. Avslås en annen del av henvendelsen, avslutt den som delvis innvilget.',
  grantedInFull:
    '{{types}} innvilges helt eller ikke i det hele tatt: ingenting i den kan avslås delvis (art. 7 nr. 3 og art. 21 nr. 2 og 3).',
  tasksStillOpen_one:
    '{{count}} oppgave er fortsatt åpen: {{tasks}}. Kryss av hver, eller merk den som ikke relevant med en begrunnelse.',
  tasksStillOpen_other:
    '{{count}} oppgaver er fortsatt åpne: {{tasks}}. Kryss av hver, eller merk den som ikke relevant med en begrunnelse.',
  tellRecipientsFirst: 'Informer først hver mottaker om endringen (art. 19): {{names}}.',
  refusalLateAfterExtension:
    'Et avslag skal gis innen én måned etter mottak, også etter en forlengelse (art. 12 nr. 4): svaret {{date}} er etter den opprinnelige fristen {{due}}. Skriv hvorfor det er for sent.',
  replyLate: 'Svaret {{date}} er etter fristen {{due}}: skriv hvorfor det er for sent.',
  gateClosed:
    '{{action}} er ikke mulig ennå. {{explanation}} Et personvernombud kan overstyre dette med en skriftlig begrunnelse.',
  gateTellRecipient: 'Å varsle {{name}} om endringen',
  gateRestrict: 'Å begrense behandlingen av opplysningene',
  gateCloseAs: 'Å avslutte saken som {{outcome}}',
  extensionCaseClosed: 'Saken er avsluttet.',
  alreadyExtended: 'Fristen er allerede forlenget én gang; loven tillater én forlengelse på to måneder.',
  toldInFuture: 'Datoen personen ble informert, kan ikke være fram i tid.',
  toldBeforeArrival: 'Personen kan ikke ha blitt informert før henvendelsen kom inn.',
  extensionTooLate:
    'For sent: en forlengelse må besluttes og personen informeres innen den opprinnelige fristen ({{date}}).',
  caseOwnNoCustomer:
    'Sak {{number}} er vår egen (vi er behandlingsansvarlig): det finnes ingen kunde å videresende den til.',
  processorForwardInstead:
    'I sak {{number}} er vi databehandler for {{customer}}, som svarer personen: lag videresendingsnotatet til kunden i stedet for brevet «{{letter}}».',
  caseClosedNoExtension: 'Sak {{number}} er avsluttet: fristen kan ikke lenger forlenges.',
  tooLateForExtension:
    'For sent for en forlengelse: den må besluttes og personen informeres innen den opprinnelige fristen ({{date}}, art. 12 nr. 3).',
  caseNotClosedYet: 'Sak {{number}} er ikke avsluttet ennå: velg utfallet svaret gir',
  caseClosedAs:
    'Sak {{number}} ble avsluttet som «{{outcome}}»: lag svaret, som følger utfallet som er registrert.',
  letterFromBreachNamed: 'Brevet «{{letter}}» lages fra et avvik, ikke fra en sak.',
  processorTellCustomers:
    'I {{number}} er vi databehandler: kundene, som behandlingsansvarlige, melder fra til Datatilsynet og informerer de berørte. Varsle hver kunde i stedet.',
  letterGoesOutBy: 'Brevet «{{letter}}» sendes via {{channels}}',
  letterGap:
    'Brevet har fortsatt et hull å fylle ut: {{gaps}}. Skriv teksten på plassen, eller fjern setningen.',
  letterGaps:
    'Brevet har fortsatt {{count}} hull å fylle ut: {{gaps}}. Skriv teksten på plassen, eller fjern setningen.',
  giveExtensionReasons:
    'Oppgi begrunnelsen for forlengelsen: den registreres sammen med den, og personen får vite den (art. 12 nr. 3)',
  notAMergeFieldGuess:
    '{{field}} i {{where}} er ikke et flettefelt i «{{letter}}». Mente du {{guess}}? Feltene den kan bruke, står ved siden av teksten.',
  notAMergeField:
    '{{field}} i {{where}} er ikke et flettefelt i «{{letter}}». Feltene den kan bruke, står ved siden av teksten.',
  mustKeepField: '«{{letter}}» må beholde {{field}}: {{why}}.',
  keepDueDate: 'personen får vite når svaret kan ventes (art. 12 nr. 3)',
  keepExtendedDueDate: 'personen får vite den nye datoen (art. 12 nr. 3)',
  keepExtensionReasons: 'personen får vite begrunnelsen for forsinkelsen (art. 12 nr. 3)',
  keepReasons: 'et avslag skal begrunnes (art. 12 nr. 4)',
  keepComplaintRights:
    'et avslag skal opplyse om retten til å klage til Datatilsynet og til å bringe saken inn for domstolene (art. 12 nr. 4)',
  keepCaseNumber: 'kunden viser til vår sak når den gir sine instrukser',
  keepReceivedDate: 'kunden trenger mottaksdatoen for å kunne svare innen fristen (art. 12 nr. 3)',
  keepBreachDescription:
    'avvikets art beskrives på et klart og enkelt språk (art. 33 nr. 3 bokstav a og art. 34 nr. 2)',
  keepConsequences: 'de sannsynlige konsekvensene beskrives (art. 33 nr. 3 bokstav c og art. 34 nr. 2)',
  keepMeasuresTaken: 'tiltakene som er truffet, beskrives (art. 33 nr. 3 bokstav d og art. 34 nr. 2)',
  keepContactPoint: 'kontaktpunktet for mer informasjon oppgis (art. 33 nr. 3 bokstav b og art. 34 nr. 2)',
  keepOccurred: 'Datatilsynets skjema spør når avviket skjedde',
  keepAwareAt: 'Datatilsynets skjema spør når vi ble kjent med det',
  keepDataTypes: 'kategoriene av personopplysninger som berøres, oppgis (art. 33 nr. 3 bokstav a)',
  keepSubjectsApprox: 'det omtrentlige antallet berørte personer oppgis (art. 33 nr. 3 bokstav a)',
  keepRecordsApprox: 'det omtrentlige antallet berørte registreringer oppgis (art. 33 nr. 3 bokstav a)',
  keepLawRequires: 'loven krever det',
  mergeFieldBraces:
    'Et flettefelt skrives med to klammeparenteser på hver side, som {{example}}: kontroller parentesene i {{where}}.',
  recordGone: '{{what}} ble ikke funnet: den kan ha blitt slettet eller fjernet i mellomtiden. Søk igjen.',
  caseNotErasure: 'Sak {{number}} ber ikke om sletting; start slettingen fra personsiden i stedet.',
  erasureCaseClosed: 'Sak {{number}} er avsluttet; en sletting den ba om, registreres mens den er åpen.',
  followUpInPast: 'En ny oppfølgingsdato kan ikke være tilbake i tid',
  receivedBefore2000: 'Kontroller året: mottakstidspunktet er før 2000',
  receivedInFuture: 'Mottakstidspunktet kan ikke være fram i tid',
};
