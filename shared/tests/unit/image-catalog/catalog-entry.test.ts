import { fallbackCatalogEntry, parseCatalogEntry, titleFromKey } from '../../../src/image-catalog';

const valid = { title: 'Red sneaker', description: 'A red sneaker.', category: 'Shoes', keywords: ['shoe', 'red'] };

describe('parseCatalogEntry', () => {
  it('accepts an answer with exactly the four fields', () => {
    // Act
    const parsed = parseCatalogEntry(valid);

    // Assess
    expect(parsed).toEqual({ ok: true, entry: valid });
  });

  it('rejects extra fields instead of keeping invented ones', () => {
    // Act
    const parsed = parseCatalogEntry({ ...valid, price: '19.99' });

    // Assess
    expect(parsed).toEqual({ ok: false, problems: ['unexpected fields: price'] });
  });

  it('rejects missing and mistyped fields, naming each', () => {
    // Act
    const parsed = parseCatalogEntry({ title: 7, description: '', keywords: 'shoe' });

    // Assess
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      'title must be a non-empty string',
      'description must be a non-empty string',
      'category must be a non-empty string',
      'keywords must be an array of strings',
    ]);
  });

  it('rejects over-long values and too many keywords', () => {
    // Act
    const long = parseCatalogEntry({ ...valid, title: 'x'.repeat(121) });
    const many = parseCatalogEntry({ ...valid, keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) });

    // Assess
    expect(!long.ok && long.problems).toEqual(['title must be at most 120 characters']);
    expect(!many.ok && many.problems).toEqual(['keywords must hold at most 20 items']);
  });

  it('rejects a non-object answer', () => {
    // Act & Assess
    expect(parseCatalogEntry(['a'])).toEqual({ ok: false, problems: ['the answer is not a JSON object'] });
    expect(parseCatalogEntry(undefined).ok).toBe(false);
  });

  it('drops duplicate keywords and trims values', () => {
    // Act
    const parsed = parseCatalogEntry({ ...valid, title: ' Red ', keywords: ['a', 'a ', 'b'] });

    // Assess
    expect(parsed.ok && parsed.entry).toEqual({ ...valid, title: 'Red', keywords: ['a', 'b'] });
  });
});

describe('fallbackCatalogEntry', () => {
  it('builds every field from the file name and the labels only', () => {
    // Act
    const entry = fallbackCatalogEntry('products/shoes/red-sneaker_01.png', [
      { name: 'Shoe', confidence: 99, parents: ['Clothing'] },
      { name: 'Footwear', confidence: 95, parents: [] },
    ]);

    // Assess
    expect(entry).toEqual({
      title: 'Red sneaker 01',
      description: 'Product image showing Shoe, Footwear.',
      category: 'Shoe',
      keywords: ['Shoe', 'Footwear'],
    });
    expect(parseCatalogEntry(entry).ok).toBe(true);
  });

  it('says no label was detected when there is none', () => {
    // Act
    const entry = fallbackCatalogEntry('a.jpg', []);

    // Assess
    expect(entry).toEqual({
      title: 'A',
      description: 'Product image; no label was detected.',
      category: 'Uncategorized',
      keywords: [],
    });
  });

  it('titles a nameless file explicitly', () => {
    // Act & Assess
    expect(titleFromKey('folder/.jpg')).toBe('Untitled product image');
  });
});
