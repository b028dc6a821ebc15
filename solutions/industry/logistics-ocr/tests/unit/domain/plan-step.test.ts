import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { createPlanHandler } from '../../../src/domain/plan-step';
import { regionsOf, ruleAdvice } from '../../../src/domain/route-plan';

const groups = {
  'US-1 UPS': { region: 'US-1', carrier: 'UPS', shipments: 2, weightKg: 9.67 },
  'US-1 FedEx': { region: 'US-1', carrier: 'FedEx', shipments: 1, weightKg: 1 },
  'DE DHL': { region: 'DE', carrier: 'DHL', shipments: 1, weightKg: 0.8 },
};

async function planWith(generator: TextGenerator) {
  const output = createMemoryOutputWriter();
  const reportKey = await output.putJson('reports/r.json', { summary: { slips: { groups } } });
  const handler = createPlanHandler({ generator, output, clock: () => new Date('2026-03-12T00:00:00Z') });
  const outcome = await handler({ executionId: 'exec-1', reportKey });
  return {
    outcome,
    plan: await output.getJson<{ source: string; summary: string; recommendations: string[] }>(outcome.planKey),
  };
}

describe('route plan', () => {
  it('advises consolidation by rules: heaviest carrier per region, repeat groups as one pickup', () => {
    // Act
    const advice = ruleAdvice(regionsOf(Object.values(groups)));

    // Assess
    expect(advice.recommendations).toEqual([
      'US-1: consolidate 1 shipment(s) from FedEx onto UPS (9.67 kg already booked)',
      'US-1 via UPS: book 2 shipments (9.67 kg) as one pickup',
    ]);
  });

  it("keeps the model's advice when it fits the schema", async () => {
    // Prepare
    const json = { summary: 'Two regions.', recommendations: ['Ship US-1 together'] };
    const generator: TextGenerator = { generate: async () => ({ text: JSON.stringify(json), modelId: 'm', json }) };

    // Act
    const { outcome, plan } = await planWith(generator);

    // Assess
    expect(outcome).toMatchObject({ regions: 2, source: 'model' });
    expect(plan).toMatchObject({ source: 'model', summary: 'Two regions.', recommendations: ['Ship US-1 together'] });
  });

  it('falls back to the rules when the model answers without JSON', async () => {
    // Prepare
    const generator: TextGenerator = { generate: async () => ({ text: 'no idea', modelId: 'm' }) };

    // Act
    const { plan } = await planWith(generator);

    // Assess
    expect(plan.source).toBe('rules');
    expect(plan.summary).toBe('4 shipment(s) to 2 destination region(s); heaviest: US-1.');
  });
});
