import type { ClientPool, ClientScope, Clients } from "./clients.js";
import { ErrorLog, isAwsError, toCollectionError } from "./errors.js";
import type { CollectorService } from "./operations.js";

/** Progress of one account-region phase, as the collectors report it. */
export interface PhaseReporter {
  resourcesFound(count: number): void;
  collectionDone(): void;
}

/** Everything a collector needs to read one account-region (or one account's global services). */
export class ScopeContext {
  readonly errors = new ErrorLog();

  constructor(
    private readonly pool: ClientPool,
    readonly scope: ClientScope,
    readonly progress: PhaseReporter,
  ) {}

  client<S extends CollectorService>(service: S, region = this.scope.region): Clients[S] {
    return this.pool.get(service, { ...this.scope, region });
  }

  /**
   * Reads one collection. An AWS error (access denied, region not enabled, service not offered here, retries
   * exhausted) becomes an `errors` entry for the collection and `undefined`; the scan goes on. Bugs propagate.
   */
  async read<T>(
    collection: string,
    service: CollectorService,
    operation: string,
    read: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (!isAwsError(error)) throw error;
      this.errors.add(toCollectionError(error, service, operation, collection));
      return undefined;
    } finally {
      this.progress.collectionDone();
    }
  }
}
