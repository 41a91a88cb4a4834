import type { Readable } from 'node:stream';

/**
 * Where document bytes live. Local disk by default; an object store (S3-compatible) would implement the same
 * three operations. Keys are opaque and chosen by the service (tenant-prefixed).
 */
export abstract class DocumentStorage {
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract read(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}
