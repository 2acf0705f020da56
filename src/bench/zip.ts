/**
 * @module bench/zip
 * Read one file out of a .zip archive (stored or deflated), with Node's zlib: enough for the gold and
 * silver data sets that ship zipped, without a dependency.
 */
import { inflateRawSync } from 'node:zlib';
import { LuccaError } from '../model/errors.js';

/** The entries of a zip archive: name → bytes (decompressed on demand). */
export function readZipEntry(zip: Buffer, file: string, wanted: (name: string) => boolean): { name: string; data: Buffer } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new LuccaError('INPUT_UNREADABLE', 'not a zip archive (no end of central directory)', { file });
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new LuccaError('INPUT_UNREADABLE', 'corrupt zip central directory', { file });
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method === 0) return { name, data: Buffer.from(raw) };
    if (method === 8) return { name, data: inflateRawSync(raw) };
    throw new LuccaError('INPUT_UNREADABLE', `unsupported zip compression method ${method} for ${name}`, { file });
  }
  throw new LuccaError('INPUT_UNREADABLE', 'no matching entry in the zip archive', { file });
}
