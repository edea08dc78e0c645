import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { generateOpenApi, OPENAPI_FILE } from './generate-openapi.ts';

/** `npm run service:openapi`: regenerates server/openapi.json, formatted like the repository. */
async function main(): Promise<void> {
  const document = await generateOpenApi();
  const options = (await resolveConfig(OPENAPI_FILE)) ?? {};
  writeFileSync(OPENAPI_FILE, await format(JSON.stringify(document), { ...options, filepath: OPENAPI_FILE }));
  console.log(`wrote ${OPENAPI_FILE}`);
}

await main();
