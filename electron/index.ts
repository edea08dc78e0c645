/**
 * The main-process flow (`electron/app/`) is built in issue #5 and the shell in issue #7; this entry point
 * exists so that the folder's type-check configuration is exercised from the start.
 */
export {};
