/**
 * The card library: the PC/SC driver (`native/pcsc/`) and the BELPIC applet protocol over any
 * card channel (`native/belpic/`). See docs/card-library.md.
 */
export * from './pcsc/index.ts';
export * from './belpic/index.ts';
