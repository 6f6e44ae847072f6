import { describe, expect, it } from 'vitest';
import { clockExplanation, obligationsOf } from '../../src/main/core/breaches/clocks';
import { agreementRowDeadlines, registerHorizon } from '../../src/main/core/agreements/deadlines';
import { dueDate } from '../../src/main/core/deadlines/engine';
import { ruleOf } from '../../src/main/core/retention/words';
import { checkTransfer } from '../../src/shared/agreements/rules';
import { clockStatePhrase } from '../../src/shared/breaches/clock-text';
import type { BreachClock } from '../../src/shared/breaches/contract';
import { durationPhrase } from '../../src/shared/breaches/time';
import { deadlineItem } from '../../src/shared/deadlines/items';
import { english, matchPhrase, phrase, phraseSchema, say } from '../../src/shared/i18n/phrases';

describe('the core’s phrases', () => {
  it('explain a deadline moved past public holidays in both languages, named in each', () => {
    const christmas = dueDate({ received: '2026-11-25' });
    expect(christmas.date).toBe('2026-12-28');
    expect(christmas.explanation).toBe(
      "25 Nov + 1 month = 25 Dec, Christmas Day -> Mon 28 Dec (St Stephen's Day also skipped)",
    );
    expect(english(christmas.explanationText)).toBe(christmas.explanation);
    expect(say('nb', christmas.explanationText)).toBe(
      '25.11.2026 + 1 måned = 25.12.2026, 1. juledag -> man. 28.12.2026 (2. juledag også hoppet over)',
    );
    const easter = dueDate({
      received: '2026-03-02',
      pause: { requested: '2026-03-03', received: '2026-03-05' },
    });
    expect(say('en', easter.explanationText)).toBe(
      '2 Mar + 1 month = 2 Apr + 2 days paused for identity verification = 4 Apr, a Saturday -> Tue 7 Apr (Easter Sunday, Easter Monday also skipped)',
    );
    expect(say('nb', easter.explanationText)).toBe(
      '02.03.2026 + 1 måned = 02.04.2026 + 2 dager stanset for identitetsbekreftelse = 04.04.2026, en lørdag -> tir. 07.04.2026 (1. påskedag, 2. påskedag også hoppet over)',
    );
  });

  it('word a breach clock’s state, durations and explanation in the reader’s language', () => {
    const clock = { party: 'authority', status: 'running', dueAt: '2026-03-15T13:05:00.000Z' } as BreachClock;
    const state = clockStatePhrase(clock, '2026-03-13T19:53:00.000Z');
    expect(say('en', state)).toBe('41 h 12 min left');
    expect(say('nb', state)).toBe('41 t 12 min igjen');
    const overdue = clockStatePhrase({ ...clock, status: 'overdue' }, '2026-03-20T15:05:00.000Z');
    expect(say('en', overdue)).toBe('Overdue by 5 days 2 h');
    expect(say('nb', overdue)).toBe('Forfalt for 5 dager 2 t siden');
    expect(say('nb', durationPhrase(45 * 60_000))).toBe('45 min');
    // Summer time began in between: 72 real hours end an hour later on the Oslo clock.
    const explanation = clockExplanation('2026-03-27T13:05:00.000Z', 72, '2026-03-30T13:05:00.000Z');
    expect(english(explanation)).toMatch(/^aware 27\.03 14:05 \+ 72 h = 30\.03 15:05 \(summer time began/);
    expect(say('nb', explanation)).toMatch(
      /^oppdaget 27\.03 14:05 \+ 72 t = 30\.03 15:05 \(sommertid begynte/,
    );
  });

  it('list what a breach still lacks, with the missing parts joined in the language', () => {
    const [assessed, record] = obligationsOf(
      {
        aware_at: '2026-03-12T13:05:00.000Z',
        capacity: 'controller',
        risk: null,
        no_notification_reasons: null,
        high_risk_at: null,
        subjects_due_at: null,
        subjects_told_at: null,
        subjects_exception: null,
        number: 'BR-2026-0001',
        state: 'reported',
        description: 'A laptop was stolen',
        consequences: null,
        measures_taken: '  ',
      },
      [],
      [],
    );
    expect(assessed).toMatchObject({ key: 'assessed', met: false });
    expect(say('nb', assessed!.labelText)).toBe('Personvernombudet har vurdert risikoen for personer');
    expect(record!.detail).toBe('Record its likely consequences, the measures taken (Edit)');
    expect(say('nb', record!.detailText!)).toBe(
      'Registrer de sannsynlige konsekvensene, tiltakene som er truffet (Rediger)',
    );
  });

  it('write the retention rules, agreement deadlines and transfer checks with dd.mm.yyyy and local names', () => {
    const rule = ruleOf('inquiry', 12, '2025-03-01T23:30:00.000Z');
    expect(rule.rule).toBe('Closed more than 12 months ago (before 02.03.2025), or deleted');
    expect(say('nb', rule.ruleText)).toBe(
      'Lukket for mer enn 12 måneder siden (før 02.03.2025), eller slettet',
    );
    const [review] = agreementRowDeadlines(
      {
        id: 1,
        reference: 'DPA-2026-001',
        title: 'Hosting',
        organisation_name: 'Cloudway',
        status: 'active',
        expiry_on: null,
        next_review_on: '2026-03-20',
      },
      '2026-03-02',
      registerHorizon('2026-03-02'),
    );
    expect(review!.summary).toBe('Review due in 18 days (20.03.2026)');
    expect(say('nb', review!.summaryText)).toBe('Gjennomgang forfaller om 18 dager (20.03.2026)');
    const check = checkTransfer(
      {
        country: 'IN',
        basis: 'adequacy',
        sccModule: null,
        derogation: null,
        direction: null,
        occasional: false,
        adequacyConfirmed: false,
        tiaDone: false,
        nextReviewOn: null,
        confirmedOn: null,
      },
      '2026-03-02',
    );
    expect(check.errors).toEqual([
      'There is no adequacy decision for India: choose standard contractual clauses, binding corporate rules or an Art. 49 derogation.',
    ]);
    expect(say('nb', check.errorTexts[0]!)).toMatch(/^Det finnes ingen beslutning .* for India: velg/);
  });

  it('travel only with keys the dictionaries hold, and plural forms by count', () => {
    const text = phrase('coreDeadlines:daysLeft', { count: 1 });
    expect(phraseSchema.parse(text)).toEqual(text);
    expect(say('en', text)).toBe('1 day left');
    expect(say('nb', phrase('coreDeadlines:daysLeft', { count: 3 }))).toBe('3 dager igjen');
    expect(phraseSchema.safeParse({ key: 'coreDeadlines:noSuchKey' }).success).toBe(false);
    expect(phraseSchema.safeParse({ key: 'letter:gap' }).success).toBe(false);
    expect(phraseSchema.safeParse({ key: 'coreDeadlines:caseTitle', params: { number: {} } }).success).toBe(
      false,
    );
    const item = {
      kind: 'case',
      key: 'case:1',
      title: 'Case 2026-0001',
      detail: 'x',
      titleText: phrase('coreDeadlines:caseTitle', { number: '2026-0001' }),
      detailText: { key: 'coreDeadlines:dueToday', params: { nested: { key: 'holiday:christmas-day' } } },
      due: '2026-03-02',
      dueAt: null,
      urgency: 'dueToday',
      path: '/cases/1',
    };
    expect(deadlineItem.safeParse(item).success).toBe(true);
    expect(deadlineItem.safeParse({ ...item, titleText: undefined }).success).toBe(false);
  });

  it('read a timeline line the core wrote back to its phrase, and leave any other line as written', () => {
    const line = matchPhrase('coreTimeline', 'Task assigned to Kari Nordmann: Search the CRM (by phone)');
    expect(line).toEqual({
      key: 'coreTimeline:taskAssigned',
      params: { name: 'Kari Nordmann', task: 'Search the CRM (by phone)' },
    });
    expect(say('nb', line!)).toBe('Oppgave tildelt Kari Nordmann: Search the CRM (by phone)');
    expect(say('nb', matchPhrase('coreTimeline', 'Closed. Every obligation is met or decided.')!)).toBe(
      'Lukket. Alle plikter er oppfylt eller avgjort.',
    );
    expect(matchPhrase('coreTimeline', 'Called the person back about the letter')).toBeNull();
  });
});
