/**
 * `npm run test-roots`: writes the virtual cards' test roots (default seed) and prints the
 * file's path, for the service's EIDW_TEST_ROOTS or eid-wizard's --test-roots.
 */
import { DEFAULT_SEED } from './card-image.ts';
import { writeTestRootsFile } from './test-roots-file.ts';

console.log(writeTestRootsFile(DEFAULT_SEED));
