import { eq } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { type Settings, type settingsContract } from './contract';
import { DATA_FILE_ID_KEY, readStoredSettings, storedDataFileId } from './stored';
import { settings as settingsTable } from '../../db/schema';

/** Every setting, read through its schema: a missing or broken stored value gives the default, never an error. */
export function loadSettings(ctx: AppContext): Settings {
  return readStoredSettings(ctx.db.select().from(settingsTable).all()).settings;
}

/** The data file's own random identity (set by migration 0002); part of identifiers shared outside the app. */
export function dataFileId(ctx: AppContext): string {
  const row = ctx.db.select().from(settingsTable).where(eq(settingsTable.key, DATA_FILE_ID_KEY)).get();
  return (row && storedDataFileId([row])) ?? 'local';
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
