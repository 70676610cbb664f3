import { DEFAULT_SETTINGS, type Settings, settingsFields } from './contract';

/** Kept in the settings table beside the user's settings, never changed through `settings.update`. */
export const DATA_FILE_ID_KEY = 'dataFileId';
const DATA_FILE_ID = /^[0-9a-f]{16}$/;
/**
 * Where the data file was last opened (its absolute path), beside its id and never changed through `settings.update`:
 * how a copy of the file is told from the file moved (`core/backups/location.ts`).
 */
export const DATA_FILE_LOCATION_KEY = 'dataFileLocation';
const MAX_LOCATION_LENGTH = 4096;

function isLocation(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_LOCATION_LENGTH;
}

function isDataFileId(value: unknown): value is string {
  return typeof value === 'string' && DATA_FILE_ID.test(value);
}

/** The file's own rows (not settings a user changes), each with its rule and the sentence for a value that breaks it. */
const OWN_ROWS: Record<string, { valid: (value: unknown) => value is string; problem: string }> = {
  [DATA_FILE_ID_KEY]: { valid: isDataFileId, problem: 'Datafilens id er ikke gyldig.' },
  [DATA_FILE_LOCATION_KEY]: { valid: isLocation, problem: 'Datafilens plassering er ikke gyldig.' },
};

/** What each setting is called in Innstillinger, for messages about a stored value that is not valid. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  organisationName: 'Navn på kommunen eller virksomheten',
  accentColor: 'Farge',
  mainContactLeadDays: 'Varslingstid for hovedkontakt',
  trainingReminderDays: 'Varslingstid for opplæring',
  coverageYears: 'Antall år for dekning',
  disclosureK: 'Skjermingsgrense',
  annualReportDueDate: 'Frist for årsrapport',
  agreementReviewYears: 'Antall år mellom gjennomganger av avtalen',
  agreementLastRevised: 'Avtalen sist revidert',
  guideStep: 'Oppstartsveiviseren',
  backupFolder: 'Mappe for sikkerhetskopier',
};

export interface StoredSetting {
  key: string;
  value: string;
}

export interface ReadSettings {
  /** Every setting: the stored value where it is valid, else the default. */
  settings: Settings;
  /** One Norwegian sentence per stored row that is not a valid setting. */
  problems: string[];
}

function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(settingsFields, key);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Reads stored settings through their schema: a broken or missing value gets its default and is reported, never thrown. */
export function readStoredSettings(rows: readonly StoredSetting[]): ReadSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const { key, value } of rows) {
    const json = parseJson(String(value));
    const own = Object.hasOwn(OWN_ROWS, key) ? OWN_ROWS[key] : undefined;
    if (own) {
      if (!json.ok || !own.valid(json.value)) problems.push(own.problem);
      continue;
    }
    if (!isSettingKey(key)) {
      problems.push(`Ukjent innstilling «${key.slice(0, 60)}».`);
      continue;
    }
    const label = SETTING_LABELS[key];
    if (!json.ok) {
      problems.push(`Innstillingen «${label}» er ikke lagret som gyldig JSON.`);
      continue;
    }
    const parsed = settingsFields[key].safeParse(json.value);
    if (parsed.success) settings[key] = parsed.data;
    else
      problems.push(
        `Innstillingen «${label}» har en ugyldig verdi: ${parsed.error.issues[0]?.message ?? 'ukjent feil'}`,
      );
  }
  return { settings: settings as Settings, problems };
}

function storedOwn(rows: readonly StoredSetting[], key: string): string | null {
  const row = rows.find((r) => r.key === key);
  const json = row ? parseJson(String(row.value)) : null;
  return json?.ok && OWN_ROWS[key]?.valid(json.value) ? json.value : null;
}

export function storedDataFileId(rows: readonly StoredSetting[]): string | null {
  return storedOwn(rows, DATA_FILE_ID_KEY);
}

export function storedDataFileLocation(rows: readonly StoredSetting[]): string | null {
  return storedOwn(rows, DATA_FILE_LOCATION_KEY);
}
