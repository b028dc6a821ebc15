import fc from 'fast-check';
import { parseHolidays, parseIsoDate } from '../../../src/domain/business-days';
import {
  dueReminders,
  FOIA_REMINDER_DAYS,
  FOIA_RESPONSE_DAYS,
  type FoiaRequest,
  foiaDates,
} from '../../../src/domain/foia';

const rules = {
  responseDays: FOIA_RESPONSE_DAYS,
  reminderDays: FOIA_REMINDER_DAYS,
  holidays: parseHolidays('2026-12-25'),
};
const today = parseIsoDate('2026-12-07') as number;
const request = (requestId: string, receivedDate: string): FoiaRequest => ({ requestId, receivedDate, status: 'OPEN' });

describe('FOIA deadlines', () => {
  it('reminds of requests due within 3 business days or overdue, soonest first, and reports bad dates', () => {
    // Prepare: today is Monday 2026-12-07; deadlines are 20 business days after receipt.
    const requests = [
      request('FOIA-fresh', '2026-12-04'), // due 2027-01-04 (2026-12-25 is a holiday)
      request('FOIA-due-in-4', '2026-11-13'), // due 2026-12-11: not yet
      request('FOIA-due-in-3', '2026-11-12'), // due 2026-12-10
      request('FOIA-due-today', '2026-11-09'), // due 2026-12-07
      request('FOIA-overdue', '2026-10-01'),
      request('FOIA-broken', 'last Tuesday'),
    ];

    // Act
    const { due, invalid } = dueReminders(requests, today, rules);

    // Assess
    expect(due).toEqual([
      expect.objectContaining({ requestId: 'FOIA-overdue', overdue: true }),
      expect.objectContaining({
        requestId: 'FOIA-due-today',
        deadline: '2026-12-07',
        businessDaysLeft: 0,
        overdue: false,
      }),
      expect.objectContaining({
        requestId: 'FOIA-due-in-3',
        deadline: '2026-12-10',
        remindOn: '2026-12-07',
        businessDaysLeft: 3,
      }),
    ]);
    expect(invalid).toEqual(['FOIA-broken']);
  });

  it('reminds exactly when the business days left are at most the reminder days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 21_000 }), fc.integer({ min: 0, max: 60 }), (received, offset) => {
        const now = received + offset;
        const { deadline, remindOn } = foiaDates(received, rules);
        const iso = new Date(received * 86_400_000).toISOString().slice(0, 10);
        const { due } = dueReminders([request('r', iso)], now, rules);
        expect(due.length === 1).toBe(now >= remindOn);
        if (due.length === 1) expect(due[0]?.overdue).toBe(now > deadline);
      }),
    );
  });
});
