/**
 * The registration service is built in issue #4; this entry point
 * exists so that the folder's type-check configuration is exercised from the start.
 */
export {};
