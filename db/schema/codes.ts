/**
 * The stored vocabularies: the codes a column may hold, in display order. The one home of each list — the schema's
 * enums, the contract's zod enums and the Norwegian labels in `core/<area>/labels.ts` all take them from here.
 */
export const AUDIENCES = [
  'leaders',
  'unionReps',
  'safetyReps',
  'employees',
  'newEmployees',
  'apprentices',
  'unitContacts',
] as const;
export const APPOINTMENT_ROLES = ['mainContact', 'unitContact'] as const;
export const TRAINING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const CAMPAIGN_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export const CHANNELS = ['intranet', 'email', 'poster', 'staffMeeting', 'course', 'socialMedia', 'other'] as const;
export const PLAN_KINDS = ['training', 'campaign', 'policy', 'reporting', 'other'] as const;
export const PLAN_STATUSES = ['notStarted', 'inProgress', 'done', 'postponed', 'cancelled'] as const;
export const AMU_CASE_KINDS = [
  'annualReport',
  'mainContactAppointment',
  'agreementChange',
  'information',
  'other',
] as const;
export const AMU_CASE_STATUSES = ['draft', 'sent', 'treated'] as const;
export const MEASURES = ['flow', 'stock'] as const;
