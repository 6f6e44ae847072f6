import { controllerTasks, processorTasks, requestTypes, type TaskTemplate } from '../../cases/rules';
import type { Namespace } from '../translate';

/**
 * The built-in tasks of each request type (`controllerTasks`, `processorTasks` in src/shared/cases/rules.ts),
 * keyed as a case's `task_key` names them (`access:search`, `processor:forward`). The English is
 * rules.ts itself, so it is word for word what a case stores; the bokmål is here. A test holds the keys
 * of both equal to rules.ts.
 */
const labelsNb = {
  'information:what': 'Hvilke personopplysninger som behandles, og hvor de kommer fra',
  'information:purposes': 'Formålene og behandlingsgrunnlagene',
  'information:retention': 'Lagringstidene, eller kriteriene for å fastsette dem',
  'information:recipients': 'Mottakerne eller kategoriene av mottakere, og eventuell overføring ut av EØS',
  'information:rights': 'Personens rettigheter, også retten til å klage til Datatilsynet',
  'information:contact': 'Kontaktopplysningene til selskapet og personvernombudet',
  'access:search': 'Søk i alle systemer etter opplysninger om personen',
  'access:confirmation': 'Bekreft om personopplysninger om personen behandles',
  'access:copy': 'Lag en kopi av opplysningene (den første kopien er gratis)',
  'access:purposes': 'Oppgi formålene med behandlingen',
  'access:categories': 'Oppgi kategoriene av personopplysninger',
  'access:recipients': 'Oppgi mottakerne, særlig utenfor EØS, og hvilke garantier etter art. 46 som brukes',
  'access:retention': 'Oppgi lagringstiden, eller kriteriene som avgjør den',
  'access:source': 'Oppgi kilden til opplysninger som ikke er samlet inn fra personen',
  'access:rights': 'Oppgi retten til retting, sletting, begrensning og protest',
  'access:complaint': 'Oppgi retten til å klage til Datatilsynet',
  'access:automated': 'Oppgi om automatiserte avgjørelser brukes (det gjør de ikke her: si det)',
  'access:others':
    'Ta hensyn til andres rettigheter og friheter: sladd opplysninger om tredjeparter (art. 15 nr. 4)',
  'rectification:identify': 'Finn de uriktige eller ufullstendige opplysningene',
  'rectification:correct': 'Rett eller suppler opplysningene i alle systemer',
  'rectification:recipients': 'Underrett hver mottaker om endringen (art. 19)',
  'rectification:tell': 'Fortell personen hva som ble rettet, og på forespørsel hvem mottakerne er',
  'erasure:search': 'Finn alle opplysninger om personen i alle systemer',
  'erasure:ground': 'Kontroller grunnlaget for sletting i art. 17 nr. 1',
  'erasure:exceptions': 'Kontroller unntakene i art. 17 nr. 3',
  'erasure:erase': 'Slett det som ikke omfattes av et unntak; begrens det som må beholdes',
  'erasure:recipients': 'Underrett hver mottaker om endringen (art. 19)',
  'erasure:tell': 'Fortell personen hva som ble slettet, hva som beholdes og hvorfor',
  'restriction:ground': 'Noter grunnlaget for begrensning (art. 18 nr. 1)',
  'restriction:restrict': 'Merk opplysningene som begrenset i alle systemer (lagret, men ikke brukt ellers)',
  'restriction:recipients': 'Underrett hver mottaker om endringen (art. 19)',
  'restriction:lifting': 'Noter at personen skal få beskjed før begrensningen oppheves',
  'portability:basis':
    'Kontroller at grunnlaget er samtykke eller avtale (art. 6 nr. 1 bokstav a eller b, art. 9 nr. 2 bokstav a)',
  'portability:automated': 'Kontroller at behandlingen er automatisert',
  'portability:export':
    'Eksporter opplysningene personen selv har gitt, i et maskinlesbart format (JSON/CSV)',
  'portability:transmit':
    'Send dem til personen, eller direkte til en annen behandlingsansvarlig der det er teknisk mulig',
  'portability:others': 'Ta hensyn til andres rettigheter og friheter (art. 20 nr. 4)',
  'objection:processing':
    'Finn behandlingen som bygger på berettiget interesse eller en oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e og f)',
  'objection:balancing':
    'Vurder protesten: noter eventuelle tvingende berettigede grunner, ellers stans behandlingen (art. 21 nr. 1)',
  'objection:stop': 'Stans behandlingen i alle systemer',
  'objection:tell': 'Fortell personen hva som ble stanset, eller hvilke tvingende grunner som gjelder',
  'marketing-objection:stop':
    'Stans behandlingen av opplysningene for direkte markedsføring, også profilering for dette formålet (art. 21 nr. 3)',
  'marketing-objection:suppress': 'Før personen opp på sperrelisten i alle kanaler',
  'marketing-objection:tell': 'Bekreft overfor personen',
  'consent-withdrawal:identify': 'Finn behandlingen som bygger på samtykke',
  'consent-withdrawal:stop': 'Stans den fra nå av (behandlingen før dette er fortsatt lovlig)',
  'consent-withdrawal:tell': 'Bekreft overfor personen',
  'marketing-opt-out:suppress': 'Før personen opp på sperrelisten',
  'marketing-opt-out:channels': 'Stans direkte markedsføring i alle kanaler (e-post, SMS, telefon, post)',
  'marketing-opt-out:tell': 'Bekreft overfor personen',
  'processor:forward': 'Send forespørselen over til kunden (den behandlingsansvarlige) uten ugrunnet opphold',
  'processor:tell-person':
    'Fortell personen at forespørselen er sendt over til den behandlingsansvarlige, som vil svare',
  'processor:deadline': 'Noter en eventuell frist kunden har satt for vår bistand',
  'processor:instructions': 'Innhent kundens dokumenterte instrukser (art. 28 nr. 3 bokstav a)',
  'processor:assist': 'Utfør instruksene i våre systemer (finn, hent ut, rett, begrens eller slett)',
  'processor:confirm': 'Bekreft overfor kunden hva som ble gjort, og når',
} as const;

const recipientsHelpNb =
  'Før opp mottakerne nedenfor med datoen hver av dem fikk beskjed, med mindre det viser seg umulig eller krever en uforholdsmessig stor innsats (noter da hvorfor).';
const stopsAtOnceNb =
  'Gjøres straks, uten å vente på identitetskontrollen: å stanse behandlingen utleverer ingenting.';

const helpsNb = {
  'access:search':
    'CRM, telefoni og samtaleopptak, e-post, saksbehandlingssystemet, henvendelsesloggen, fakturering og sikkerhetskopier.',
  'access:copy':
    'Sendes bare til adressen eller e-postadressen vi har registrert, og leses aldri opp i en samtale der identiteten ikke er bekreftet.',
  'rectification:recipients': recipientsHelpNb,
  'erasure:ground':
    'Ikke lenger nødvendige; samtykket trukket tilbake; protest; ulovlig behandling; en rettslig plikt til å slette; informasjonssamfunnstjenester til barn.',
  'erasure:exceptions':
    'En rettslig plikt til å oppbevare opplysningene (regnskapsmateriale oppbevares i 5 år etter bokføringsloven, og begrenses da i stedet for å slettes); rettskrav; allmennhetens interesse. Det som beholdes, begrenses, og svaret forklarer hvorfor.',
  'erasure:recipients': recipientsHelpNb,
  'restriction:ground':
    'Riktigheten bestrides (mens den kontrolleres); ulovlig behandling, men personen vil heller ha begrensning; ikke lenger nødvendige, men personen trenger dem for et rettskrav; en protest etter art. 21 nr. 1 er ikke avgjort.',
  'restriction:recipients': recipientsHelpNb,
  'objection:balancing':
    'Bevisbyrden er vår: behandlingen stanses med mindre tvingende berettigede grunner går foran personens interesser, rettigheter og friheter, eller opplysningene trengs for et rettskrav. Direkte markedsføring er en annen forespørsel: en protest mot den blir aldri veid.',
  'marketing-objection:stop': stopsAtOnceNb,
  'consent-withdrawal:stop': stopsAtOnceNb,
  'processor:forward': 'Noter dato, mottaker og måte under «Oversending til kunden».',
} as const;

/** Every built-in task by its `task_key`, as a case's task list gets it. */
export const builtInTasks: ReadonlyMap<string, TaskTemplate> = new Map([
  ...requestTypes.flatMap((type) =>
    controllerTasks[type].map((task): [string, TaskTemplate] => [`${type}:${task.key}`, task]),
  ),
  ...processorTasks.map((task): [string, TaskTemplate] => [`processor:${task.key}`, task]),
]);

function englishOf<K extends string>(
  keys: Record<K, string>,
  text: (task: TaskTemplate) => string | undefined,
) {
  return Object.fromEntries(
    Object.keys(keys).map((key) => [key, (builtInTasks.has(key) && text(builtInTasks.get(key)!)) || '']),
  ) as Record<K, string>;
}

export const taskLabel: Namespace<keyof typeof labelsNb> = {
  en: englishOf(labelsNb, (task) => task.label),
  nb: labelsNb,
};

export const taskHelp: Namespace<keyof typeof helpsNb> = {
  en: englishOf(helpsNb, (task) => task.help),
  nb: helpsNb,
};
