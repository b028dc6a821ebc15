/** Turning Textract `Block`s into lines, key-value pairs and tables. */
import type { Block } from '@aws-sdk/client-textract';
import type { OcrKeyValue, OcrResult, OcrTable } from './document-ocr';
import { roundTo } from './stable-hash';

/** Cells of one table are capped at this many rows and columns (a guard against absurd indices). */
const MAX_TABLE_SIDE = 1000;

/**
 * Lines (LINE blocks, in reading order, with their page), form fields (KEY_VALUE_SET pairs) and tables (TABLE blocks
 * and their CELL children) of an AnalyzeDocument or GetDocumentAnalysis answer.
 */
export function blocksToOcrResult(blocks: readonly Block[], pages = 1): OcrResult {
  const byId = new Map<string, Block>();
  for (const block of blocks) if (block.Id !== undefined) byId.set(block.Id, block);
  const lines = blocks
    .filter((block) => block.BlockType === 'LINE' && block.Text !== undefined)
    .map((block) => ({ text: block.Text ?? '', confidence: block.Confidence ?? 0, page: block.Page ?? 1 }));
  const keyValues: OcrKeyValue[] = [];
  const tables: OcrTable[] = [];
  for (const block of blocks) {
    if (block.BlockType === 'TABLE') tables.push(tableOf(block, byId));
    if (block.BlockType !== 'KEY_VALUE_SET' || !block.EntityTypes?.includes('KEY')) continue;
    const valueBlocks = related(block, 'VALUE', byId);
    const key = childText(block, byId);
    if (key === '') continue;
    const value = valueBlocks.map((valueBlock) => childText(valueBlock, byId)).join(' ');
    const confidences = [block, ...valueBlocks].map((item) => item.Confidence ?? 0);
    keyValues.push({ key, value, confidence: Math.min(...confidences) });
  }
  const mean = lines.length === 0 ? 0 : lines.reduce((sum, line) => sum + line.confidence, 0) / lines.length;
  return {
    text: lines.map((line) => line.text).join('\n'),
    lines,
    keyValues,
    tables,
    pages,
    source: 'textract',
    confidence: roundTo(mean, 1),
  };
}

function tableOf(table: Block, byId: ReadonlyMap<string, Block>): OcrTable {
  const cells = related(table, 'CHILD', byId).filter((cell) => cell.BlockType === 'CELL');
  const place = (index: number | undefined) => Math.min(Math.max(1, index ?? 1), MAX_TABLE_SIDE) - 1;
  const height = cells.reduce((most, cell) => Math.max(most, place(cell.RowIndex) + 1), 0);
  const width = cells.reduce((most, cell) => Math.max(most, place(cell.ColumnIndex) + 1), 0);
  const rows = Array.from({ length: height }, () => Array<string>(width).fill(''));
  for (const cell of cells) {
    const row = rows[place(cell.RowIndex)];
    if (row !== undefined) row[place(cell.ColumnIndex)] = childText(cell, byId);
  }
  return { rows, confidence: table.Confidence ?? 0, page: table.Page ?? 1 };
}

function related(block: Block, type: 'CHILD' | 'VALUE', byId: ReadonlyMap<string, Block>): Block[] {
  return (block.Relationships ?? [])
    .filter((relationship) => relationship.Type === type)
    .flatMap((relationship) => relationship.Ids ?? [])
    .flatMap((id) => {
      const found = byId.get(id);
      return found === undefined ? [] : [found];
    });
}

/** Words of a key, value or cell block, joined by spaces; a selection element reads as `SELECTED` / `NOT_SELECTED`. */
function childText(block: Block, byId: ReadonlyMap<string, Block>): string {
  return related(block, 'CHILD', byId)
    .map((child) => (child.BlockType === 'SELECTION_ELEMENT' ? (child.SelectionStatus ?? '') : (child.Text ?? '')))
    .filter((text) => text !== '')
    .join(' ');
}
