export { auditSystem, auditTable, type AuditFailure, type AuditResult } from './audit';
export { DisclosureError } from './errors';
export { linkSystems, type LinkedSystem } from './link';
export {
  DEFAULT_THRESHOLD,
  NOT_REPORTED_SYMBOL,
  MAX_THRESHOLD,
  MIN_THRESHOLD,
  SUPPRESSION_SYMBOL,
  TOO_MANY_SUPPRESSED_SHARE,
  publishLinkedTables,
  publishTable,
  suppressionFootnote,
  type LinkedPublishInput,
  type PublishInput,
  type PublishOptions,
  type PublishedGroup,
  type PublishedTable,
  type PublishedValue,
  type SharedAxis,
} from './publish';
export {
  publishSystem,
  type CellRef,
  type PublishedPattern,
  type Relation,
  type SystemInput,
  type SystemTable,
} from './system';
export { protectSystem, protectTable, type ProtectOptions } from './suppress';
export {
  TOTAL_LABEL,
  buildTable,
  innerIndex,
  variableAt,
  type AxisRef,
  type Equation,
  type LinearSystem,
  type TableInput,
  type TableModel,
  type TableVariable,
  type Variable,
} from './table';
