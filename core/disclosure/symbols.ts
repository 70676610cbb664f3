/** Share of hidden inner cells above which a coarser table should be published instead. */
export const TOO_MANY_SUPPRESSED_SHARE = 0.25;
export const SUPPRESSION_SYMBOL = '*';
/** Statistics Norway's symbol for a figure that is missing: nothing was reported. */
export const NOT_REPORTED_SYMBOL = '..';
