import { describe, expect, test } from 'vitest';
import { type Method, contract } from '../../../core/contract';
import { ALSO, areaOf, touches } from '../../../renderer/src/forms/touches';

const methods = Object.keys(contract) as Method[];
const changing = methods.filter((m) => contract[m].kind !== 'read');
const reads = methods.filter((m) => contract[m].kind === 'read');

describe('what a save refreshes', () => {
  test('every area of the contract says what else its writes touch', () => {
    const areas = new Set(methods.map(areaOf));
    const listed = new Set([...Object.keys(ALSO), 'reminders', 'reports', 'changeLog']);
    expect([...areas].filter((a) => !listed.has(a))).toEqual([]);
  });

  test('a write refreshes its own area, the reminders, the report and the change log', () => {
    for (const method of changing) {
      const own = reads.filter((r) => areaOf(r) === areaOf(method));
      for (const read of [...own, 'reminders.list', 'reports.preview', 'changeLog.list'] as Method[]) {
        expect(touches(method, read), `${method} → ${read}`).toBe(true);
      }
    }
  });

  test('a write leaves areas it cannot change alone, and units or settings refresh everything', () => {
    expect(touches('statistics.saveQuarter', 'trainings.list')).toBe(false);
    expect(touches('plan.create', 'campaigns.list')).toBe(false);
    expect(touches('campaigns.create', 'plan.linkOptions')).toBe(true);
    expect(touches('trainingTopics.update', 'trainings.get')).toBe(true);
    expect(touches('campaignThemes.update', 'campaigns.list')).toBe(true);
    expect(touches('campaigns.create', 'campaignThemes.list')).toBe(true);
    expect(touches('statisticsIndicators.create', 'statistics.quarter')).toBe(true);
    expect(touches('statistics.saveQuarter', 'statisticsIndicators.list')).toBe(true);
    for (const read of reads) {
      expect(touches('units.create', read)).toBe(true);
      expect(touches('settings.update', read)).toBe(true);
    }
  });
});
