import { vi } from 'vitest';

/** Captures <a download> clicks made by downloadJson, with the blob text behind the object URL. */
export function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let counter = 0;
  const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++counter}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const downloads: Array<{ fileName: string; blob: Blob }> = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.href) as Blob });
  });
  return {
    downloads,
    restore() {
      created.mockRestore();
      revoked.mockRestore();
      click.mockRestore();
    },
  };
}
