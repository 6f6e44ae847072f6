import { namespace } from '../../../shared/i18n/translate';

/** Work → Reports: the annual privacy report. */
export const reportsText = namespace(
  {
    screenTitle: 'Reports',
    screenDescription: 'The annual privacy report for the board, as a PDF.',
    subtitle:
      'What the board and Datatilsynet ask for, made from the records in Privacy Desk. Each list of the dashboard can also be exported as CSV or XLSX from the start page.',
    preparing: 'Preparing the report',
    preparingEllipsis: 'Preparing the report…',
    annualReport: 'Annual privacy report',
    annualIntro:
      'A PDF for the board: key figures first, then each area, for 1 January to 31 December (or to today for the running year).',
    contentsRequests:
      'Rights requests by type and outcome, answered on time, extensions, the median reply time',
    contentsRefusals: 'Every refusal in full or in part with the grounds the person was given (Art. 12(4))',
    contentsBreaches:
      'Personal data breaches by risk, notifications to Datatilsynet and to the people affected',
    contentsAgreements:
      'Data processing agreements in both directions, their Art. 28 gaps and transfers out of the EEA',
    contentsInquiries: 'The inquiries documented, by channel and category',
    year: 'Year',
    soFar: '{{year}} (so far)',
    reportLanguage: 'Language of the report',
    download: 'Download the report for {{year}}',
    saved: 'The annual report for {{year}} was saved as {{file}}.',
    calendar: 'Deadline calendar',
  },
  {
    screenTitle: 'Rapporter',
    screenDescription: 'Den årlige personvernrapporten til styret, som PDF.',
    subtitle:
      'Det styret og Datatilsynet ber om, laget av registreringene i Privacy Desk. Hver liste i oversikten kan også eksporteres som CSV eller XLSX fra startsiden.',
    preparing: 'Lager rapporten',
    preparingEllipsis: 'Lager rapporten …',
    annualReport: 'Årlig personvernrapport',
    annualIntro:
      'En PDF til styret: nøkkeltall først, deretter hvert område, for 1. januar til 31. desember (eller til i dag for inneværende år).',
    contentsRequests:
      'Rettighetsforespørsler etter type og utfall, besvart i tide, forlengelser, median svartid',
    contentsRefusals: 'Alle hele og delvise avslag med grunnene personen fikk (art. 12 nr. 4)',
    contentsBreaches: 'Avvik etter risiko, meldinger til Datatilsynet og varsler til de berørte',
    contentsAgreements: 'Databehandleravtaler begge veier, mangler etter art. 28 og overføringer ut av EØS',
    contentsInquiries: 'Henvendelsene som er dokumentert, etter kanal og kategori',
    year: 'År',
    soFar: '{{year}} (hittil)',
    reportLanguage: 'Rapportens språk',
    download: 'Last ned rapporten for {{year}}',
    saved: 'Årsrapporten for {{year}} er lagret som {{file}}.',
    calendar: 'Fristkalender',
  },
);
