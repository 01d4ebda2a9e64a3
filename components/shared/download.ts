/**
 * Saves a file through an object URL and a temporary link: works in Chrome and
 * Firefox extension pages without the downloads permission, and nothing is uploaded.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadJson(fileName: string, data: unknown, doc: Document = document): void {
  downloadBlob(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }), fileName, doc);
}
