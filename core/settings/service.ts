import { eq } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { DEFAULT_SETTINGS, type Settings, settingsContract } from './contract';
import { settings as settingsTable } from '../../db/schema';

export function loadSettings(ctx: AppContext): Settings {
  const rows = ctx.db.select().from(settingsTable).all();
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) stored[row.key] = JSON.parse(row.value);
  }
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

/** The data file's own random identity (set by migration 0002); part of identifiers shared outside the app. */
export function dataFileId(ctx: AppContext): string {
  const row = ctx.db.select().from(settingsTable).where(eq(settingsTable.key, 'dataFileId')).get();
  return row ? String(JSON.parse(row.value)) : 'local';
}

export function saveSettings(ctx: AppContext, changes: Partial<Settings>): Settings {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    ctx.db
      .insert(settingsTable)
      .values({ key, value: json })
      .onConflictDoUpdate({ target: settingsTable.key, set: { value: json } })
      .run();
  }
  return loadSettings(ctx);
}

export const settingsHandlers: AreaHandlers<typeof settingsContract> = {
  'settings.get': (ctx) => loadSettings(ctx),
  'settings.update': (ctx, input) => saveSettings(ctx, input),
};
