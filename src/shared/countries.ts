/**
 * ISO 3166-1 alpha-2 countries, with what the GDPR's Chapter V says about sending personal data
 * there: inside the EEA no transfer basis is needed; a full adequacy decision (Art. 45) is a basis
 * by itself; a partial one covers only some recipients (named in `adequacyNote`); elsewhere a
 * transfer needs Art. 46 safeguards (e.g. SCCs), binding corporate rules or an Art. 49 derogation.
 */
export const countryCodes = [
  'AD',
  'AE',
  'AF',
  'AG',
  'AI',
  'AL',
  'AM',
  'AO',
  'AQ',
  'AR',
  'AS',
  'AT',
  'AU',
  'AW',
  'AX',
  'AZ',
  'BA',
  'BB',
  'BD',
  'BE',
  'BF',
  'BG',
  'BH',
  'BI',
  'BJ',
  'BL',
  'BM',
  'BN',
  'BO',
  'BQ',
  'BR',
  'BS',
  'BT',
  'BV',
  'BW',
  'BY',
  'BZ',
  'CA',
  'CC',
  'CD',
  'CF',
  'CG',
  'CH',
  'CI',
  'CK',
  'CL',
  'CM',
  'CN',
  'CO',
  'CR',
  'CU',
  'CV',
  'CW',
  'CX',
  'CY',
  'CZ',
  'DE',
  'DJ',
  'DK',
  'DM',
  'DO',
  'DZ',
  'EC',
  'EE',
  'EG',
  'EH',
  'ER',
  'ES',
  'ET',
  'FI',
  'FJ',
  'FK',
  'FM',
  'FO',
  'FR',
  'GA',
  'GB',
  'GD',
  'GE',
  'GF',
  'GG',
  'GH',
  'GI',
  'GL',
  'GM',
  'GN',
  'GP',
  'GQ',
  'GR',
  'GS',
  'GT',
  'GU',
  'GW',
  'GY',
  'HK',
  'HM',
  'HN',
  'HR',
  'HT',
  'HU',
  'ID',
  'IE',
  'IL',
  'IM',
  'IN',
  'IO',
  'IQ',
  'IR',
  'IS',
  'IT',
  'JE',
  'JM',
  'JO',
  'JP',
  'KE',
  'KG',
  'KH',
  'KI',
  'KM',
  'KN',
  'KP',
  'KR',
  'KW',
  'KY',
  'KZ',
  'LA',
  'LB',
  'LC',
  'LI',
  'LK',
  'LR',
  'LS',
  'LT',
  'LU',
  'LV',
  'LY',
  'MA',
  'MC',
  'MD',
  'ME',
  'MF',
  'MG',
  'MH',
  'MK',
  'ML',
  'MM',
  'MN',
  'MO',
  'MP',
  'MQ',
  'MR',
  'MS',
  'MT',
  'MU',
  'MV',
  'MW',
  'MX',
  'MY',
  'MZ',
  'NA',
  'NC',
  'NE',
  'NF',
  'NG',
  'NI',
  'NL',
  'NO',
  'NP',
  'NR',
  'NU',
  'NZ',
  'OM',
  'PA',
  'PE',
  'PF',
  'PG',
  'PH',
  'PK',
  'PL',
  'PM',
  'PN',
  'PR',
  'PS',
  'PT',
  'PW',
  'PY',
  'QA',
  'RE',
  'RO',
  'RS',
  'RU',
  'RW',
  'SA',
  'SB',
  'SC',
  'SD',
  'SE',
  'SG',
  'SH',
  'SI',
  'SJ',
  'SK',
  'SL',
  'SM',
  'SN',
  'SO',
  'SR',
  'SS',
  'ST',
  'SV',
  'SX',
  'SY',
  'SZ',
  'TC',
  'TD',
  'TF',
  'TG',
  'TH',
  'TJ',
  'TK',
  'TL',
  'TM',
  'TN',
  'TO',
  'TR',
  'TT',
  'TV',
  'TW',
  'TZ',
  'UA',
  'UG',
  'UM',
  'US',
  'UY',
  'UZ',
  'VA',
  'VC',
  'VE',
  'VG',
  'VI',
  'VN',
  'VU',
  'WF',
  'WS',
  'YE',
  'YT',
  'ZA',
  'ZM',
  'ZW',
] as const;

export type CountryCode = (typeof countryCodes)[number];

/** The EU member states and Iceland, Liechtenstein and Norway. */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** One adequacy decision of the European Commission (Art. 45), as incorporated into the EEA Agreement. */
export interface AdequacyDecision {
  reference: string;
  /** The day it was adopted (YYYY-MM-DD). */
  adopted: string;
  /** The last day it applies, where it has one (a sunset clause, or struck down by the Court). */
  endsOn: string | null;
  /** Why it ended or when it runs out. */
  note?: string;
}

export interface Adequacy {
  scope: 'full' | 'partial';
  note?: string;
  /** Every decision for the country, oldest first; the country is adequate on a day one of them covers. */
  decisions: readonly AdequacyDecision[];
}

/** The European Commission's adequacy decisions (incorporated into the EEA Agreement), with their dates. */
export const adequacyDecisions: Readonly<Record<string, Adequacy>> = {
  AD: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2010/625/EU', adopted: '2010-10-19', endsOn: null }],
  },
  AR: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2003/490/EC', adopted: '2003-06-30', endsOn: null }],
  },
  CA: {
    scope: 'partial',
    note: 'Only commercial organisations subject to PIPEDA',
    decisions: [{ reference: 'Decision 2002/2/EC', adopted: '2001-12-20', endsOn: null }],
  },
  CH: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2000/518/EC', adopted: '2000-07-26', endsOn: null }],
  },
  FO: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2010/146/EU', adopted: '2010-03-05', endsOn: null }],
  },
  GB: {
    scope: 'full',
    decisions: [
      {
        reference: 'Implementing Decision (EU) 2021/1772',
        adopted: '2021-06-28',
        endsOn: '2025-12-27',
        note: 'Four years, extended by six months in June 2025',
      },
      {
        reference: 'Implementing Decision of 19 December 2025 renewing 2021/1772',
        adopted: '2025-12-19',
        endsOn: '2031-12-27',
        note: 'Renewed for six years',
      },
    ],
  },
  GG: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2003/821/EC', adopted: '2003-11-21', endsOn: null }],
  },
  IL: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2011/61/EU', adopted: '2011-01-31', endsOn: null }],
  },
  IM: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2004/411/EC', adopted: '2004-04-28', endsOn: null }],
  },
  JE: {
    scope: 'full',
    decisions: [{ reference: 'Decision 2008/393/EC', adopted: '2008-05-08', endsOn: null }],
  },
  JP: {
    scope: 'full',
    decisions: [{ reference: 'Implementing Decision (EU) 2019/419', adopted: '2019-01-23', endsOn: null }],
  },
  KR: {
    scope: 'full',
    decisions: [{ reference: 'Implementing Decision (EU) 2022/254', adopted: '2021-12-17', endsOn: null }],
  },
  NZ: {
    scope: 'full',
    decisions: [{ reference: 'Implementing Decision 2013/65/EU', adopted: '2012-12-19', endsOn: null }],
  },
  US: {
    scope: 'partial',
    note: 'Only organisations certified under the EU-U.S. Data Privacy Framework',
    decisions: [
      {
        reference: 'Decision 2000/520/EC (Safe Harbour)',
        adopted: '2000-07-26',
        endsOn: '2015-10-05',
        note: 'Declared invalid by the Court of Justice on 6 October 2015 (C-362/14, Schrems)',
      },
      {
        reference: 'Implementing Decision (EU) 2016/1250 (Privacy Shield)',
        adopted: '2016-07-12',
        endsOn: '2020-07-15',
        note: 'Declared invalid by the Court of Justice on 16 July 2020 (C-311/18, Schrems II)',
      },
      {
        reference: 'Implementing Decision (EU) 2023/1795 (Data Privacy Framework)',
        adopted: '2023-07-10',
        endsOn: null,
      },
    ],
  },
  UY: {
    scope: 'full',
    decisions: [{ reference: 'Implementing Decision 2012/484/EU', adopted: '2012-08-21', endsOn: null }],
  },
};

/** The adequacy decision that covers a country on a day, or null. */
export function adequacyOn(country: string, day: string): AdequacyDecision | null {
  const decisions = adequacyDecisions[country]?.decisions ?? [];
  return (
    [...decisions]
      .reverse()
      .find((decision) => decision.adopted <= day && (decision.endsOn === null || decision.endsOn >= day)) ??
    null
  );
}

/**
 * Whether decisions covered a country on every day from `from` to `to`: a transfer recorded under a
 * decision keeps its basis only without a gap (a renewal continues it; a struck-down one does not).
 */
export function adequacyCovers(country: string, from: string, to: string): boolean {
  const decisions = [...(adequacyDecisions[country]?.decisions ?? [])].sort((a, b) =>
    a.adopted.localeCompare(b.adopted),
  );
  let reached = from;
  for (const decision of decisions) {
    if (decision.adopted > reached) continue;
    if (decision.endsOn === null) return true;
    if (decision.endsOn >= reached) {
      if (decision.endsOn >= to) return true;
      // Covered to its last day; the next decision must begin by the day after.
      const next = new Date(`${decision.endsOn}T12:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      reached = next.toISOString().slice(0, 10);
    }
  }
  return reached > to;
}

export type TransferStatus = 'eea' | 'adequate' | 'partially-adequate' | 'third-country';

/**
 * What sending data to a country needs: nothing inside the EEA; nothing more where an adequacy
 * decision covers it (on `day`, when given; otherwise by the list as it stands); a basis elsewhere.
 */
export function transferStatus(country: string, day?: string): TransferStatus {
  if (eeaCountries.has(country)) return 'eea';
  const adequacy = adequacyDecisions[country];
  if (!adequacy) return 'third-country';
  const current = day ? adequacyOn(country, day) : adequacy.decisions.at(-1);
  if (!current) return 'third-country';
  return adequacy.scope === 'full' ? 'adequate' : 'partially-adequate';
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function isCountryCode(value: string): value is CountryCode {
  return (countryCodes as readonly string[]).includes(value);
}
