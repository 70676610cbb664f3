import { DEFAULT_SETTINGS, type Settings, settingsFields } from './contract';

/** Kept in the settings table beside the user's settings, never changed through `settings.update`. */
export const DATA_FILE_ID_KEY = 'dataFileId';
const DATA_FILE_ID = /^[0-9a-f]{16}$/;

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
    if (key === DATA_FILE_ID_KEY) {
      if (!json.ok || typeof json.value !== 'string' || !DATA_FILE_ID.test(json.value))
        problems.push('Datafilens id er ikke gyldig.');
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

export function storedDataFileId(rows: readonly StoredSetting[]): string | null {
  const row = rows.find((r) => r.key === DATA_FILE_ID_KEY);
  if (!row) return null;
  const json = parseJson(String(row.value));
  return json.ok && typeof json.value === 'string' && DATA_FILE_ID.test(json.value) ? json.value : null;
}
