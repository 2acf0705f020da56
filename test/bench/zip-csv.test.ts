import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/bench/csv.js';
import { readZipEntry } from '../../src/bench/zip.js';

/** A one-file zip archive built by hand (local header, data, central directory, end record). */
function zipOf(name: string, content: string, deflate: boolean): Buffer {
  const raw = Buffer.from(content);
  const data = deflate ? deflateRawSync(raw) : raw;
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(deflate ? 8 : 0, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(raw.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(deflate ? 8 : 0, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralStart = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('zip reader', () => {
  it('reads a deflated and a stored entry', () => {
    expect(readZipEntry(zipOf('a.csv', 'x,y\n1,2\n', true), 'a.zip', (n) => n.endsWith('.csv')).data.toString()).toBe('x,y\n1,2\n');
    expect(readZipEntry(zipOf('a.csv', 'hello', false), 'a.zip', () => true).data.toString()).toBe('hello');
  });

  it('names the file when the archive is not a zip or lacks the entry', () => {
    expect(() => readZipEntry(Buffer.from('not a zip'), 'bad.zip', () => true)).toThrow(/end of central directory/);
    expect(() => readZipEntry(zipOf('a.txt', 'x', true), 'a.zip', (n) => n.endsWith('.csv'))).toThrow(/no matching entry/);
  });
});

describe('CSV reader', () => {
  it('handles quotes, doubled quotes and newlines inside fields', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    expect(csvRecords('text,label\n"Russia attacked.",ASSAULT\nshort\n')).toEqual([{ text: 'Russia attacked.', label: 'ASSAULT' }]);
  });
});
