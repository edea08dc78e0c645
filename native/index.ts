/**
 * The card library (`native/pcsc/`, `native/belpic/`) is built in issue #3; this entry point
 * exists so that the folder's type-check configuration is exercised from the start.
 */
export {};
