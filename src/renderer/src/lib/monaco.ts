/** Monaco with only what Bytescope needs: the core editor API, Python colouring, the editor worker. */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };

/** CPython's col_offset values are UTF-8 byte offsets; Monaco columns count UTF-16 units (1-based). */
export function byteColToColumn(lineText: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  while (i < lineText.length && bytes < byteCol) {
    const cp = lineText.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i + 1;
}

export function columnToByteCol(lineText: string, column: number): number {
  return new TextEncoder().encode(lineText.slice(0, column - 1)).length;
}
