/**
 * The driver app's store on the phone (issue 23): IndexedDB, which outlives a reload, a closed
 * tab and a phone restart. Three object stores: the queued status changes and positions (each in
 * the order recorded: an auto-incremented sequence) and the last manifest read per driver.
 */
const DB_NAME = 'invataxi-driver';
const DB_VERSION = 1;
export const CHANGES = 'changes';
export const PINGS = 'pings';
export const MANIFESTS = 'manifests';
export const REFUSALS = 'refusals';
export type StoreName = typeof CHANGES | typeof PINGS | typeof MANIFESTS | typeof REFUSALS;

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of [CHANGES, PINGS, REFUSALS])
        if (!db.objectStoreNames.contains(name))
          db.createObjectStore(name, { keyPath: 'seq', autoIncrement: true });
      if (!db.objectStoreNames.contains(MANIFESTS)) db.createObjectStore(MANIFESTS, { keyPath: 'owner' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/**
 * Runs `work` in one IndexedDB transaction over `stores`: its writes happen all or none. `work`
 * must only issue requests (no awaiting of anything else: the transaction would close).
 */
export async function inTransaction<T>(
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const db = await open();
  const tx = db.transaction(stores, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  let result: T;
  try {
    result = await work(tx);
  } catch (e) {
    tx.abort();
    await done.catch(() => undefined);
    throw e;
  }
  await done;
  return result;
}

/** One request's result as a promise (inside inTransaction's work). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Every record of a store in key order (the order recorded, for the queues). */
export function all<T>(tx: IDBTransaction, store: StoreName): Promise<T[]> {
  return request(tx.objectStore(store).getAll() as IDBRequest<T[]>);
}
