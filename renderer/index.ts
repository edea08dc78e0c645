/**
 * The wizard views are built in issue #6; this entry point
 * exists so that the folder's type-check configuration is exercised from the start.
 */
export {};
