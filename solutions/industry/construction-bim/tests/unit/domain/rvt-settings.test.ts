import { CFB_SIGNATURE, checkRvtSignature } from '../../../src/domain/rvt';
import { loadBimSettings } from '../../../src/domain/settings';

describe('Revit signature and settings', () => {
  it('the Revit file carries the compound file signature; settings have the documented defaults', () => {
    expect(() => checkRvtSignature(Uint8Array.from(CFB_SIGNATURE), 'a.rvt')).not.toThrow();
    expect(() => checkRvtSignature(new Uint8Array(4), 'a.rvt')).toThrow('not the OLE compound file signature');
    expect(loadBimSettings({})).toEqual({
      minDoorWidthMm: 800,
      flaggedMaterials: ['asbestos', 'lead', 'pcb', 'mercury'],
      maxDrawingBytes: 10 * 1024 * 1024,
    });
  });
});
