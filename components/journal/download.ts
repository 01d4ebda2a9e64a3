import type { ExportFile } from '../../lib/db/journal-exports';

/** Saves an export through a Blob URL (local only; nothing is uploaded) and releases it afterwards. */
export function download(file: ExportFile, baseName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${baseName}.${file.extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
