/** Turning Textract `Block`s into lines and key-value pairs. */
import type { Block } from '@aws-sdk/client-textract';
import type { OcrKeyValue, OcrResult } from './document-ocr';

/** Lines (LINE blocks, in reading order) and form fields (KEY_VALUE_SET pairs) of an AnalyzeDocument answer. */
export function blocksToOcrResult(blocks: readonly Block[]): OcrResult {
  const byId = new Map<string, Block>();
  for (const block of blocks) if (block.Id !== undefined) byId.set(block.Id, block);
  const lines = blocks
    .filter((block) => block.BlockType === 'LINE' && block.Text !== undefined)
    .map((block) => ({ text: block.Text ?? '', confidence: block.Confidence ?? 0 }));
  const keyValues: OcrKeyValue[] = [];
  for (const block of blocks) {
    if (block.BlockType !== 'KEY_VALUE_SET' || !block.EntityTypes?.includes('KEY')) continue;
    const valueBlocks = related(block, 'VALUE', byId);
    const key = childText(block, byId);
    if (key === '') continue;
    const value = valueBlocks.map((valueBlock) => childText(valueBlock, byId)).join(' ');
    const confidences = [block, ...valueBlocks].map((item) => item.Confidence ?? 0);
    keyValues.push({ key, value, confidence: Math.min(...confidences) });
  }
  return { text: lines.map((line) => line.text).join('\n'), lines, keyValues };
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

/** Words of a key or value block, joined by spaces; a selection element reads as `SELECTED` / `NOT_SELECTED`. */
function childText(block: Block, byId: ReadonlyMap<string, Block>): string {
  return related(block, 'CHILD', byId)
    .map((child) => (child.BlockType === 'SELECTION_ELEMENT' ? (child.SelectionStatus ?? '') : (child.Text ?? '')))
    .filter((text) => text !== '')
    .join(' ');
}
