import { afterEach, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../../core/app';
import { createChangeFeed, type ChangeBatch } from '../../../core/changeLog/feed';
import { parseEvents } from '../../../renderer/src/api/changeStream';
import { sseEvent } from '../../../core/changeLog/feed';
import { freshApp, ok } from '../../support/app';

const open: AppHandle[] = [];
afterEach(() => open.splice(0).forEach((app) => app.close()));

const nextBatch = (feed: ReturnType<typeof createChangeFeed>) =>
  new Promise<ChangeBatch>((resolve) => {
    const stop = feed.subscribe((batch) => {
      stop();
      resolve(batch);
    });
  });

test('the feed of one process sees a change made by another process on the same file, by method only', async () => {
  const here = await freshApp();
  const there = await openApp({ dataFile: here.dataFile, today: '2026-11-23', user: 'CLI', dailyBackups: false });
  open.push(here, there);
  const feed = createChangeFeed(() => here.context.sqlite, 20);
  const batch = nextBatch(feed);
  await new Promise((resolve) => setTimeout(resolve, 40));
  await ok(there, 'units.create', { name: 'Hjemmetjenesten' });
  await ok(there, 'committee.create', { name: 'Kari Nordmann', committeeRole: 'Leder' });
  const first = await batch;
  expect(first.methods[0]).toBe('units.create');
  expect(JSON.stringify(first)).not.toContain('Hjemmetjenesten');
  feed.close();
});

test('nothing is polled while nobody listens, and a file swapped for a shorter history says everything changed', async () => {
  const app = await freshApp();
  open.push(app);
  let reads = 0;
  const feed = createChangeFeed(() => {
    reads++;
    return app.context.sqlite;
  }, 10);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(reads).toBe(0);
  await ok(app, 'units.create', { name: 'A' });
  await ok(app, 'units.create', { name: 'B' });
  const swapped = nextBatch(feed);
  await new Promise((resolve) => setTimeout(resolve, 30));
  app.context.sqlite.prepare('DELETE FROM change_log WHERE id = (SELECT max(id) FROM change_log)').run();
  expect(await swapped).toMatchObject({ methods: ['*'] });
  feed.close();
});

test('the renderer reads back exactly the batches the stream sends, across chunk boundaries', () => {
  const text = `: connected\n\n${sseEvent({ seq: 4, methods: ['trainings.update'] })}: ping\n\n${sseEvent({ seq: 6, methods: ['units.create', 'plan.remove'] })}`;
  const cut = 57;
  const first = parseEvents(text.slice(0, cut));
  const second = parseEvents(first.rest + text.slice(cut));
  expect([...first.batches, ...second.batches]).toEqual([
    { seq: 4, methods: ['trainings.update'] },
    { seq: 6, methods: ['units.create', 'plan.remove'] },
  ]);
  expect(second.rest).toBe('');
});
