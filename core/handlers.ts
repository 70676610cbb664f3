import { amuCasesHandlers } from './amuCases/service';
import { appointmentsHandlers } from './appointments/service';
import { backupsHandlers } from './backups/service';
import { campaignsHandlers } from './campaigns/service';
import { themesHandlers } from './campaigns/themes';
import { changeLogHandlers } from './changeLog/service';
import { committeeHandlers } from './committee/service';
import { connectionHandlers } from './connection/service';
import type { Contract } from './contract';
import type { AreaHandlers } from './handlerTypes';
import { planHandlers } from './plan/service';
import { recoveryHandlers } from './recovery/service';
import { statisticsHandlers } from './statistics/service';
import { remindersHandlers } from './reminders/service';
import { reportsHandlers } from './report/service';
import { settingsHandlers } from './settings/service';
import { trainingsHandlers } from './trainings/service';
import { unitsHandlers } from './units/service';

/** One handler per contract method; the type makes a missing or misspelt method a build error. */
export const handlers: AreaHandlers<Contract> = {
  ...settingsHandlers,
  ...committeeHandlers,
  ...unitsHandlers,
  ...trainingsHandlers,
  ...appointmentsHandlers,
  ...remindersHandlers,
  ...changeLogHandlers,
  ...themesHandlers,
  ...campaignsHandlers,
  ...planHandlers,
  ...amuCasesHandlers,
  ...reportsHandlers,
  ...backupsHandlers,
  ...recoveryHandlers,
  ...statisticsHandlers,
  ...connectionHandlers,
};
