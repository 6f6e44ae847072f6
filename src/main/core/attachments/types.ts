import { unzipSync } from 'fflate';

/**
 * The document types an attachment may be, and how each is recognised by its first bytes (its
 * "magic"), not by what its name or the sender claims. Anything else is refused: no program,
 * script, web page, SVG or macro-enabled office file is ever stored, so none can be handed to the
 * operating system's opener.
 */
export interface DocumentType {
  /** The extension files of this type are stored and saved with. */
  extension: string;
  /** Other extensions a person's file of this type may carry. */
  aliases?: readonly string[];
  mediaType: string;
  label: string;
  /** Whether the first bytes are of this type. */
  matches(bytes: Buffer): boolean;
}

const startsWith = (bytes: Buffer, ...signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

const zip = (bytes: Buffer) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
/** The start of an OLE compound file: legacy Word, Excel and PowerPoint, and Outlook's .msg. */
const ole = (bytes: Buffer) => startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** An entry name in a zip's local headers or central directory (OOXML and ODF name theirs plainly). */
const zipHasEntry = (bytes: Buffer, name: string) =>
  zip(bytes) && bytes.includes(Buffer.from(name, 'latin1'));

/** OOXML of the given kind, without macros (a vbaProject.bin makes it a macro-enabled file). */
const ooxml = (folder: string) => (bytes: Buffer) =>
  zipHasEntry(bytes, '[Content_Types].xml') &&
  zipHasEntry(bytes, `${folder}/`) &&
  !zipHasEntry(bytes, 'vbaProject.bin');

/** ODF names its type in an uncompressed `mimetype` entry right after the first local header. */
const odf = (mediaType: string) => (bytes: Buffer) =>
  zip(bytes) &&
  bytes.subarray(30, 38).toString('latin1') === 'mimetype' &&
  bytes.subarray(38, 38 + mediaType.length).toString('latin1') === mediaType &&
  !zipHasEntry(bytes, 'Basic/');

/**
 * A data bundle: a ZIP whose every entry is a JSON, CSV or text file at its top level (as the access
 * report's bundle is). Anything else in a ZIP (a program, a folder tree, another archive) refuses it.
 */
const dataBundle = (bytes: Buffer) => {
  if (!zip(bytes)) return false;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return false;
  }
  return names.length > 0 && names.every((name) => /^[^/\\]+\.(json|csv|txt)$/i.test(name));
};

/**
 * Text: valid UTF-8 (a byte-order mark allowed), no NUL and no other control characters than
 * tab, line feed, carriage return and form feed.
 */
export function isPlainText(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  if (Buffer.byteLength(text, 'utf8') !== bytes.length || text.includes('\ufffd')) return false;
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** Text that also does not start like a web page or a script, which some viewers would run. */
const inertText = (bytes: Buffer) => {
  if (!isPlainText(bytes)) return false;
  const start = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  return !/^(<!doctype html|<html|<script|<svg|<\?xml|#!)/.test(start);
};

/** An e-mail message as saved by mail programs: text whose first line is a header field. */
const email = (bytes: Buffer) =>
  inertText(bytes) &&
  /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(
    bytes
      .subarray(0, 200)
      .toString('utf8')
      .replace(/^\ufeff/, ''),
  );

export const documentTypes: readonly DocumentType[] = [
  {
    extension: 'pdf',
    mediaType: 'application/pdf',
    label: 'PDF',
    matches: (b) => startsWith(b, ...ascii('%PDF-')),
  },
  {
    extension: 'png',
    mediaType: 'image/png',
    label: 'PNG image',
    matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  {
    extension: 'jpg',
    aliases: ['jpeg', 'jpe'],
    mediaType: 'image/jpeg',
    label: 'JPEG image',
    matches: (b) => startsWith(b, 0xff, 0xd8, 0xff),
  },
  {
    extension: 'gif',
    mediaType: 'image/gif',
    label: 'GIF image',
    matches: (b) => startsWith(b, ...ascii('GIF87a')) || startsWith(b, ...ascii('GIF89a')),
  },
  {
    extension: 'webp',
    mediaType: 'image/webp',
    label: 'WebP image',
    matches: (b) => startsWith(b, ...ascii('RIFF')) && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    extension: 'tif',
    aliases: ['tiff'],
    mediaType: 'image/tiff',
    label: 'TIFF image (scans)',
    matches: (b) => startsWith(b, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0x4d, 0x4d, 0x00, 0x2a),
  },
  {
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
    matches: ooxml('word'),
  },
  {
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel workbook',
    matches: ooxml('xl'),
  },
  {
    extension: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint presentation',
    matches: ooxml('ppt'),
  },
  {
    extension: 'odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    label: 'OpenDocument text',
    matches: odf('application/vnd.oasis.opendocument.text'),
  },
  {
    extension: 'ods',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'OpenDocument spreadsheet',
    matches: odf('application/vnd.oasis.opendocument.spreadsheet'),
  },
  {
    extension: 'odp',
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    label: 'OpenDocument presentation',
    matches: odf('application/vnd.oasis.opendocument.presentation'),
  },
  { extension: 'doc', mediaType: 'application/msword', label: 'Word 97-2003 document', matches: ole },
  { extension: 'xls', mediaType: 'application/vnd.ms-excel', label: 'Excel 97-2003 workbook', matches: ole },
  {
    extension: 'ppt',
    mediaType: 'application/vnd.ms-powerpoint',
    label: 'PowerPoint 97-2003 presentation',
    matches: ole,
  },
  { extension: 'msg', mediaType: 'application/vnd.ms-outlook', label: 'Outlook message', matches: ole },
  {
    extension: 'rtf',
    mediaType: 'application/rtf',
    label: 'Rich text',
    matches: (b) => startsWith(b, ...ascii('{\\rtf')),
  },
  { extension: 'eml', mediaType: 'message/rfc822', label: 'E-mail message', matches: email },
  { extension: 'txt', aliases: ['text', 'log'], mediaType: 'text/plain', label: 'Text', matches: inertText },
  { extension: 'csv', mediaType: 'text/csv', label: 'CSV', matches: inertText },
  { extension: 'md', mediaType: 'text/markdown', label: 'Markdown text', matches: inertText },
  {
    extension: 'zip',
    mediaType: 'application/zip',
    label: 'data bundle (a ZIP of JSON, CSV and text files)',
    matches: dataBundle,
  },
];

export const allowedExtensions: readonly string[] = documentTypes.flatMap((type) => [
  type.extension,
  ...(type.aliases ?? []),
]);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

export type Recognition =
  | { ok: true; type: DocumentType }
  | { ok: false; reason: 'not-allowed' | 'mismatch'; expected?: DocumentType };

/**
 * The document type of a file by its name's extension, checked against its content. A name whose
 * extension is not on the list is refused; so is a file whose bytes are not what it claims to be
 * (a program renamed to .pdf).
 */
export function recognise(fileName: string, bytes: Buffer): Recognition {
  const extension = extensionOf(fileName);
  const claimed = documentTypes.find(
    (type) => type.extension === extension || (type.aliases ?? []).includes(extension),
  );
  if (!claimed) return { ok: false, reason: 'not-allowed' };
  return claimed.matches(bytes)
    ? { ok: true, type: claimed }
    : { ok: false, reason: 'mismatch', expected: claimed };
}

/**
 * Whether a stored file may be handed to the operating system's opener: only the document types
 * above, by the extension it is stored under. Files stored before this list existed may be of
 * any type; those are offered as "Save a copy" only.
 */
export function isSafeToOpen(storedName: string): boolean {
  return documentTypes.some((type) => type.extension === extensionOf(storedName));
}
