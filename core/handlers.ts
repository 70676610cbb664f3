import { appointmentsHandlers } from './appointments/service';
import { changeLogHandlers } from './changeLog/service';
import { committeeHandlers } from './committee/service';
import type { Contract } from './contract';
import type { AreaHandlers } from './handlerTypes';
import { remindersHandlers } from './reminders/service';
import { settingsHandlers } from './settings/service';
import { unitsHandlers } from './units/service';

/** One handler per contract method; the type makes a missing or misspelt method a build error. */
export const handlers: AreaHandlers<Contract> = {
  ...settingsHandlers,
  ...committeeHandlers,
  ...unitsHandlers,
  ...appointmentsHandlers,
  ...remindersHandlers,
  ...changeLogHandlers,
};
