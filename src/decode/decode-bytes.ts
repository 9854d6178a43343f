/** Bytes → NFC string: BOM, UTF-8, then windows-1258 with a warning. (Minimal version; legacy encodings to come.) */
import type { Warning } from '../record/schema.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

export function decodeBytes(bytes: Uint8Array, opts: { declaredCharset?: string | null; location?: string } = {}): Decoded {
  const warnings: Warning[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8', warnings };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8', warnings };
  } catch {
    warnings.push({ code: 'legacy-encoding', message: `${opts.location ?? 'input'} is not valid UTF-8; decoded as windows-1258`, start: null, end: null });
    return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258', warnings };
  }
}
