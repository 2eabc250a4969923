// Saving a file from the page: a temporary Blob URL and an <a download>.

/** Saves `data` as the file `name`. */
export function saveFile(doc: Document, data: Blob | string, name: string, type?: string): void {
  const blob =
    typeof data === 'string'
      ? new Blob([data], { type: type ?? 'text/plain;charset=utf-8' })
      : data;
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
