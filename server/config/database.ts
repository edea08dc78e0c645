import type { RepositoryConfig } from '../storage/create-repository.ts';
import { ConfigError } from './config-error.ts';

/**
 * The repository for a `databaseUrl`: `sqlite:<path>` (the default, one file, created with its
 * folder) or `postgres://…` / `postgresql://…` (several stateless instances share it).
 */
export function repositoryConfig(databaseUrl: string): RepositoryConfig {
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') throw new ConfigError('databaseUrl: sqlite: needs a file path');
    return { kind: 'sqlite', path };
  }
  if (/^postgres(?:ql)?:\/\//.test(databaseUrl)) return { kind: 'postgres', url: databaseUrl };
  throw new ConfigError('databaseUrl: use sqlite:<path> or postgres://…');
}
