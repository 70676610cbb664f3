import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../../core/app';
import type { ReadCaller, ReadMethod } from '../../../core/reads';
import { freshApp, ok } from '../../support/app';

let app: AppHandle;

beforeAll(async () => {
  app = await freshApp();
});
afterAll(() => app.close());

describe('the read-only caller the report is built with', () => {
  test('reads an area exactly as its contract method answers it', async () => {
    await ok(app, 'committee.create', { name: 'Tor Haugen', committeeRole: 'Ruskonsulent' });
    expect(await app.context.reads('committee.list', {})).toEqual(await ok(app, 'committee.list', {}));
  });

  test('throws the method’s own Norwegian error for bad input', async () => {
    await expect(app.context.reads('plan.list', { year: 1800 })).rejects.toMatchObject({
      code: 'validation',
      fields: { year: expect.stringMatching(/årstall/) },
    });
  });

  test('admits read methods only: a write or a task is a type error, and refused if forced', async () => {
    const reads: ReadCaller = app.context.reads;
    const write = 'committee.create' as const;
    // @ts-expect-error a write method is not a ReadMethod
    const asRead: ReadMethod = write;
    // @ts-expect-error nor is a task
    const task: ReadMethod = 'reports.exportAnnual';
    await expect(reads(asRead as never, { name: 'Ny', committeeRole: 'Leder' } as never)).rejects.toThrow(
      /not a read method/,
    );
    await expect(reads(task as never, { year: 2026 } as never)).rejects.toThrow(/not a read method/);
    expect(await ok(app, 'committee.list', {})).toHaveLength(1);
    expect((await ok(app, 'changeLog.list', {})).map((e) => e.method)).not.toContain('reports.exportAnnual');
  });
});
