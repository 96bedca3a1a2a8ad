import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import { appendLocked, lockChainIfChanged, type RunQuery } from "./append-audit.ts";
import { auditScope } from "./audit-scope.ts";

/**
 * SEC-2: wraps a dialect so that a transaction committing a change inside an audit scope (a
 * request that changes state, a job run) appends the scope's record to the audit trail on its
 * own connection, just before COMMIT: the change and its record commit together or not at all.
 * A transaction that wrote nothing (PostgreSQL assigned it no transaction id) appends nothing.
 * In a scope, a single INSERT, UPDATE, DELETE or MERGE outside a transaction runs in one made
 * for it, so a change of one statement commits with its record too.
 */
export function auditedDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new AuditedDriver(dialect.createDriver()),
  };
}

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);

class AuditedDriver implements Driver {
  /** Connections inside a transaction their user opened. */
  private readonly inTransaction = new WeakSet<DatabaseConnection>();

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    const wrapped: DatabaseConnection = new Proxy(connection, {
      get: (target, property) => {
        if (property === "executeQuery") {
          return <R>(query: CompiledQuery<R>) =>
            auditScope() && !this.inTransaction.has(wrapped) && WRITES.has(query.query.kind)
              ? writeAlone(target, query)
              : target.executeQuery(query);
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    return wrapped;
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    this.inTransaction.add(connection);
    return this.inner.beginTransaction(connection, settings);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await appendScopeRecord(connection);
    this.inTransaction.delete(connection);
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction.delete(connection);
    return this.inner.rollbackTransaction(connection);
  }
  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    return required(this.inner.savepoint).call(this.inner, connection, name, compile);
  }
  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    return required(this.inner.rollbackToSavepoint).call(this.inner, connection, name, compile);
  }
  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    return required(this.inner.releaseSavepoint).call(this.inner, connection, name, compile);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** In a scope, before COMMIT: the scope's record, if the transaction changed anything. */
async function appendScopeRecord(connection: DatabaseConnection): Promise<void> {
  const scope = auditScope();
  if (!scope) return;
  const run: RunQuery = (query) => connection.executeQuery(query);
  if (await lockChainIfChanged(run)) {
    await appendLocked(run, scope.record());
    scope.committed();
  }
}

/** One statement that changes data, in a transaction of its own that commits with the record. */
async function writeAlone<R>(
  connection: DatabaseConnection,
  query: CompiledQuery<R>,
): Promise<QueryResult<R>> {
  await connection.executeQuery(CompiledQuery.raw("BEGIN"));
  try {
    const result = await connection.executeQuery<R>(query);
    await appendScopeRecord(connection);
    await connection.executeQuery(CompiledQuery.raw("COMMIT"));
    return result;
  } catch (error) {
    await connection.executeQuery(CompiledQuery.raw("ROLLBACK"));
    throw error;
  }
}

function required<T>(method: T | undefined): T {
  if (!method) throw new Error("the database driver has no savepoints");
  return method;
}
