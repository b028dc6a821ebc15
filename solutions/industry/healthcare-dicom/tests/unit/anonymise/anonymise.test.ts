import { demoFiles } from '../../../scripts/generate-demo-data';
import { anonymiseHeader } from '../../../src/domain/anonymise/anonymise';
import { PROFILE_ACTIONS } from '../../../src/domain/anonymise/profile';
import { createUidMapper } from '../../../src/domain/anonymise/uid-map';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';
import { Tags } from '../../../src/domain/dicom/tags';
import { findElement, stringOf } from '../../../src/domain/dicom/values';
import { encodeDicomHeader } from '../../../src/domain/dicom/write';
import { profileViolations } from './check-deidentified';

const files = demoFiles();
const mapper = () => createUidMapper('a-salt-of-16-chars');
const anonymised = (key: string, mapUid = mapper()) => {
  const header = parseDicomHeader(files[key] as Uint8Array);
  const result = anonymiseHeader(header, mapUid);
  const bytes = encodeDicomHeader({
    ...result,
    explicitVr: header.explicitVr,
    ...(header.pixelData ? { pixelData: header.pixelData } : {}),
  });
  return { header, result, reparsed: parseDicomHeader(bytes) };
};

describe('anonymiseHeader', () => {
  it('removes, empties and replaces what the profile lists, private tags included', () => {
    // Act
    const { result, reparsed } = anonymised('study-a/series-1/ct-0001.dcm');

    // Assess
    expect(profileViolations(reparsed.dataset)).toEqual([]);
    expect(reparsed.dataset.some((e) => (e.tag >>> 16) % 2 === 1)).toBe(false);
    expect(result.actions).toEqual({ X: 6, Z: 8, U: 4 });
    expect(stringOf(findElement(reparsed.dataset, Tags.Modality))).toBe('CT');
    expect(stringOf(findElement(reparsed.dataset, Tags.PatientIdentityRemoved))).toBe('YES');
    expect(findElement(reparsed.dataset, Tags.DeidentificationMethodCodeSequence)?.items?.[0]?.elements).toHaveLength(
      3,
    );
  });

  it('keeps no byte of the patient name, ID, birth date or institution anywhere in the new header', () => {
    // Act
    const { header, result } = anonymised('study-a/series-1/ct-0002.dcm');
    const bytes = Buffer.from(encodeDicomHeader({ ...result, explicitVr: header.explicitVr }));

    // Assess
    for (const phi of [
      'DOE^JANE',
      'PID-1001',
      '19700101',
      'General Hospital',
      'HOUSE^GREGORY',
      '1.2.826.0.1.3680043.8.498',
    ]) {
      expect(bytes.includes(phi)).toBe(false);
    }
  });

  it('gives the same new study UID to every file of a study, and the SOP instance UID to the file meta too', () => {
    // Act
    const mapUid = mapper();
    const first = anonymised('study-a/series-1/ct-0001.dcm', mapUid).reparsed;
    const second = anonymised('study-a/series-2/ct-0001.dcm', createUidMapper('a-salt-of-16-chars')).reparsed;
    const uid = (h: typeof first, tag: number) => stringOf(findElement(h.dataset, tag));

    // Assess
    expect(uid(first, Tags.StudyInstanceUid)).toBe(uid(second, Tags.StudyInstanceUid));
    expect(uid(first, Tags.SeriesInstanceUid)).not.toBe(uid(second, Tags.SeriesInstanceUid));
    expect(stringOf(findElement(first.meta, Tags.MediaStorageSopInstanceUid))).toBe(uid(first, Tags.SopInstanceUid));
  });

  it('lists at least the attribute families the profile requires', () => {
    // Assess: patient, physicians, institution, dates, accession, UIDs, comments.
    const required = [0x00100010, 0x00100020, 0x00100030, 0x00080090, 0x00081050, 0x00080080, 0x00080020, 0x00080050];
    for (const tag of [...required, 0x0020000d, 0x0020000e, 0x00080018, 0x00204000, 0x00104000]) {
      expect(PROFILE_ACTIONS.has(tag)).toBe(true);
    }
  });
});

describe('createUidMapper', () => {
  it('is deterministic per salt, differs across salts and writes a valid 2.25 UID', () => {
    // Act
    const a = createUidMapper('salt-number-one-xx')('1.2.3.4');
    const again = createUidMapper('salt-number-one-xx')('1.2.3.4');
    const other = createUidMapper('salt-number-two-xx')('1.2.3.4');

    // Assess
    expect(a).toBe(again);
    expect(a).not.toBe(other);
    expect(a).toMatch(/^2\.25\.[1-9]\d{0,38}$/);
    expect(a.length).toBeLessThanOrEqual(64);
  });
});
