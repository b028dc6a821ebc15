/**
 * FOIA deadline reminder (its own daily schedule): reads the open requests, computes each deadline (20 business
 * days after receipt, `FOIA_HOLIDAYS` skipped) and publishes one reminder listing the requests due within 3
 * business days or overdue. The message holds request ids and dates only.
 */
import type { Notifier } from '@fsxn-s3ap/shared/workflow';
import { dayNumber, type Holidays } from '../../domain/business-days';
import { dueReminders, FOIA_REMINDER_DAYS, FOIA_RESPONSE_DAYS, type FoiaDeadline } from '../../domain/foia';
import { type FoiaRequestStore, OPEN_STATUS } from '../../domain/foia-store';

/** What the reminder needs. */
export interface FoiaReminderDeps {
  store: FoiaRequestStore;
  notifier: Pick<Notifier, 'publish'>;
  holidays: Holidays;
  clock: () => Date;
}

/** What one reminder run did. */
export interface FoiaReminderResult {
  today: string;
  open: number;
  due: number;
  overdue: number;
  /** Requests whose received date is not an ISO date. */
  invalid: string[];
  published: boolean;
}

function line(deadline: FoiaDeadline): string {
  const left = deadline.overdue
    ? `OVERDUE by ${-deadline.businessDaysLeft} business day(s)`
    : `${deadline.businessDaysLeft} business day(s) left`;
  return `- ${deadline.requestId}: received ${deadline.receivedDate}, due ${deadline.deadline} (${left})`;
}

/** The handler, on injected dependencies. */
export function createFoiaReminderHandler(deps: () => FoiaReminderDeps): () => Promise<FoiaReminderResult> {
  return async () => {
    const { store, notifier, holidays, clock } = deps();
    const now = clock();
    const today = dayNumber(now);
    const requests = await store.byStatus(OPEN_STATUS);
    const rules = { responseDays: FOIA_RESPONSE_DAYS, reminderDays: FOIA_REMINDER_DAYS, holidays };
    const { due, invalid } = dueReminders(requests, today, rules);
    const overdue = due.filter((deadline) => deadline.overdue).length;
    const result = {
      today: now.toISOString().slice(0, 10),
      open: requests.length,
      due: due.length,
      overdue,
      invalid,
      published: false,
    };
    if (due.length === 0 && invalid.length === 0) return result;
    const body = [
      `${due.length} open FOIA request(s) due within ${FOIA_REMINDER_DAYS} business days or overdue (${overdue} overdue).`,
      ...due.map(line),
      ...(invalid.length === 0 ? [] : [`Requests with an unreadable received_date: ${invalid.join(', ')}`]),
    ].join('\n');
    await notifier.publish(`FOIA deadlines: ${due.length} due, ${overdue} overdue`, body);
    return { ...result, published: true };
  };
}
