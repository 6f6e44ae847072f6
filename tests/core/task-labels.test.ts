import { describe, expect, it } from 'vitest';
import { controllerTasks, processorTasks, requestTypes } from '../../src/shared/cases/rules';
import { type Phrase, say } from '../../src/shared/i18n/phrases';
import { taskHelp, taskLabel } from '../../src/shared/i18n/resources/task-labels';
import { caseOffice, openCase } from './support/cases';
import { expectOk } from './support/core';

/** Every built-in task as a case stores it, from rules.ts itself. */
const builtIn = [
  ...requestTypes.flatMap((type) =>
    controllerTasks[type].map((task) => ({ ...task, key: `${type}:${task.key}` })),
  ),
  ...processorTasks.map((task) => ({ ...task, key: `processor:${task.key}` })),
];

const shown = (language: 'nb' | 'en', text: Phrase | null, asWritten: string | null) =>
  text ? say(language, text) : asWritten;

describe('the built-in tasks in the reader’s language', () => {
  it('have every label and help text of rules.ts in English word for word and in bokmål', () => {
    const labelsEn = taskLabel.en as Record<string, string>;
    const labelsNb = taskLabel.nb as Record<string, string>;
    const helpsEn = taskHelp.en as Record<string, string>;
    const helpsNb = taskHelp.nb as Record<string, string>;
    for (const task of builtIn) {
      expect(labelsEn[task.key], `${task.key} in English`).toBe(task.label);
      expect(labelsNb[task.key]?.trim() || undefined, `${task.key} in bokmål`).toBeDefined();
      expect(labelsNb[task.key], `${task.key} translated`).not.toBe(task.label);
      if (task.help) {
        expect(helpsEn[task.key], `${task.key}'s help in English`).toBe(task.help);
        expect(helpsNb[task.key]?.trim() || undefined, `${task.key}'s help in bokmål`).toBeDefined();
        expect(helpsNb[task.key]).not.toBe(task.help);
      }
    }
    // Nothing for a task rules.ts no longer has.
    expect(Object.keys(labelsNb).sort()).toEqual(builtIn.map((task) => task.key).sort());
    expect(Object.keys(helpsNb).sort()).toEqual(
      builtIn
        .filter((task) => task.help)
        .map((task) => task.key)
        .sort(),
    );
  });

  it('gives a bokmål DPO a case’s built-in tasks and their help in bokmål, and keeps added or reworded ones as written', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });
    const id = await openCase(office, { types: ['access', 'erasure'] });
    await expectOk(core, dpo, 'cases.addTask', { id, label: 'Ring kundesenteret i Bergen' });
    const reworded = (await expectOk(core, dpo, 'cases.get', { id })).tasks.find(
      (task) => task.key === 'erasure:ground',
    )!;
    await core.db('case_tasks').where({ id: reworded.id }).update({ label: 'Check Art. 17(1) twice' });

    const { tasks } = await expectOk(core, dpo, 'cases.get', { id });
    const search = tasks.find((task) => task.key === 'access:search')!;
    expect(shown('nb', search.labelText, search.label)).toBe(
      'Søk i alle systemer etter opplysninger om personen',
    );
    expect(shown('nb', search.helpText, search.help)).toBe(
      'CRM, telefoni og samtaleopptak, e-post, saksbehandlingssystemet, henvendelsesloggen, fakturering og sikkerhetskopier.',
    );
    // The English reader reads what the case stored.
    expect(shown('en', search.labelText, search.label)).toBe(search.label);
    expect(shown('en', search.helpText, search.help)).toBe(search.help);
    const confirmation = tasks.find((task) => task.key === 'access:confirmation')!;
    expect(confirmation.helpText).toBeNull();

    for (const task of tasks.filter((candidate) => candidate.key?.startsWith('access:')))
      expect(shown('nb', task.labelText, task.label), task.key!).toBe(
        (taskLabel.nb as Record<string, string>)[task.key!],
      );

    const added = tasks.find((task) => task.key === null)!;
    expect([added.labelText, added.helpText]).toEqual([null, null]);
    expect(added.label).toBe('Ring kundesenteret i Bergen');
    const edited = tasks.find((task) => task.id === reworded.id)!;
    expect([edited.labelText, edited.helpText]).toEqual([null, null]);
    expect(shown('nb', edited.labelText, edited.label)).toBe('Check Art. 17(1) twice');
  });

  it('writes a built-in task’s lines so a bokmål reader reads them in bokmål, the English stored as before', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    const id = await openCase(office, { types: ['access'] });
    const detail = await expectOk(core, dpo, 'cases.get', { id });
    const search = detail.tasks.find((task) => task.key === 'access:search')!;
    const source = detail.tasks.find((task) => task.key === 'access:source')!;
    await expectOk(core, dpo, 'cases.setTaskState', { id, taskId: search.id, state: 'done' });
    await expectOk(core, dpo, 'cases.setTaskState', { id, taskId: search.id, state: 'open' });
    await expectOk(core, dpo, 'cases.setTaskState', {
      id,
      taskId: source.id,
      state: 'not-applicable',
      note: 'Alt er samlet inn fra personen',
    });
    await expectOk(core, dpo, 'cases.assignTask', { id, taskId: search.id, assigneeId: dpo.userId! });
    await expectOk(core, dpo, 'cases.commentTask', { id, taskId: search.id, text: 'Sjekk opptakene' });
    await core.db('case_tasks').where({ id: source.id }).update({ label: 'Name the sources' });
    await expectOk(core, dpo, 'cases.setTaskState', { id, taskId: source.id, state: 'open' });

    const lines = (await expectOk(core, dpo, 'cases.get', { id })).timeline
      .filter((line) => line.kind === 'task')
      .reverse();
    expect(lines.map((line) => line.summary)).toEqual([
      'Task done: Search every system for data about the person',
      'Task reopened: Search every system for data about the person',
      'Task marked not applicable: State the source of data not collected from the person (Alt er samlet inn fra personen)',
      'Task assigned to Test dina: Search every system for data about the person',
      'Comment on "Search every system for data about the person": Sjekk opptakene',
      'Task reopened: Name the sources',
    ]);
    for (const line of lines) expect(say('en', line.summaryText!)).toBe(line.summary);
    expect(lines.map((line) => say('nb', line.summaryText!))).toEqual([
      'Oppgave utført: Søk i alle systemer etter opplysninger om personen',
      'Oppgave åpnet igjen: Søk i alle systemer etter opplysninger om personen',
      'Oppgave merket som ikke aktuell: Oppgi kilden til opplysninger som ikke er samlet inn fra personen (Alt er samlet inn fra personen)',
      'Oppgave tildelt Test dina: Søk i alle systemer etter opplysninger om personen',
      'Kommentar til «Søk i alle systemer etter opplysninger om personen»: Sjekk opptakene',
      'Oppgave åpnet igjen: Name the sources',
    ]);
  });
});
