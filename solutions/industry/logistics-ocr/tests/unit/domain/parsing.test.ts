import fc from 'fast-check';
import { parseAddress } from '../../../src/domain/address';
import { findPostalCode, validPostalCode } from '../../../src/domain/postal-codes';
import { parseWeight } from '../../../src/domain/weight';

describe('addresses', () => {
  it('reads the country, the postal code in its format and the region', () => {
    // Assess
    expect(parseAddress('350 Fifth Avenue, New York, NY 10118, US')).toMatchObject({
      country: 'US',
      postalCode: '10118',
      region: 'US-1',
    });
    expect(parseAddress('2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, JP')).toMatchObject({
      postalCode: '105-0011',
      region: 'JP-1',
    });
    expect(parseAddress('10 Downing Street, London SW1A 2AA, GB')).toMatchObject({
      postalCode: 'SW1A 2AA',
      region: 'GB',
    });
    expect(parseAddress('Unter den Linden 77, Berlin 1011, DE')).toMatchObject({ country: 'DE', postalCode: null });
    expect(parseAddress('somewhere without country')).toMatchObject({ country: '??', postalCode: null, region: '??' });
  });

  it('finds every US and JP code it is given, wherever it sits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999_999 }), (zip, jp) => {
        const us = String(zip).padStart(5, '0');
        const code = String(jp).padStart(7, '0');
        const japanese = `${code.slice(0, 3)}-${code.slice(3)}`;
        expect(findPostalCode('US', `1 Main St, Town, ST ${us}`)).toBe(us);
        expect(findPostalCode('JP', `Chiyoda-ku, Tokyo ${japanese}`)).toBe(japanese);
        expect(validPostalCode('US', us)).toBe(true);
      }),
    );
  });

  it('stays linear on long hostile input', () => {
    // Act
    const address = parseAddress(`${'9 '.repeat(100_000)}, US`);

    // Assess
    expect(address.text.length).toBeLessThanOrEqual(300);
  });
});

describe('weights', () => {
  it('normalises units to kilograms', () => {
    // Assess
    expect(parseWeight('12.5 lb')).toEqual({ value: 12.5, unit: 'lb', kg: 5.67 });
    expect(parseWeight('3,2 kg')).toMatchObject({ kg: 3.2 });
    expect(parseWeight('800 g')).toMatchObject({ kg: 0.8 });
    expect(parseWeight('24 oz')).toMatchObject({ kg: 0.68 });
    expect(parseWeight('12 stone')).toBeUndefined();
    expect(parseWeight('1.2.3 kg')).toBeUndefined();
    expect(parseWeight('kg')).toBeUndefined();
  });

  it('gives the same kilograms in every unit, to the gram', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (grams) => {
        expect(parseWeight(`${grams} g`)?.kg).toBeCloseTo(grams / 1000, 3);
        expect(parseWeight(`${grams / 1000} kg`)?.kg).toBeCloseTo(grams / 1000, 3);
      }),
    );
  });
});
