/**
 * FOIA response deadlines: a request must be answered within 20 business days of its receipt, and the officer is
 * reminded when 3 business days (or fewer) are left, including requests already overdue.
 */
import {
  addBusinessDays,
  businessDaysBetween,
  type Holidays,
  isoDate,
  parseIsoDate,
  subtractBusinessDays,
} from './business-days';

/** Business days a FOIA request may take (5 U.S.C. 552(a)(6)(A)). */
export const FOIA_RESPONSE_DAYS = 20;
/** A reminder goes out once this many business days, or fewer, are left. */
export const FOIA_REMINDER_DAYS = 3;

/** An open request as FoiaRequestTable holds it. */
export interface FoiaRequest {
  requestId: string;
  /** ISO date the request was received. */
  receivedDate: string;
  status: string;
  subject?: string;
}

/** A request's deadline, reminder date and how many business days are left. */
export interface FoiaDeadline {
  requestId: string;
  receivedDate: string;
  /** The 20th business day after receipt. */
  deadline: string;
  /** 3 business days before the deadline. */
  remindOn: string;
  /** Business days from today to the deadline; negative when overdue. */
  businessDaysLeft: number;
  overdue: boolean;
  subject?: string;
}

/** How deadlines are computed. */
export interface FoiaRules {
  responseDays: number;
  reminderDays: number;
  holidays: Holidays;
}

/** The deadline and reminder day of a request received on `received` (a UTC day number). */
export function foiaDates(received: number, rules: FoiaRules): { deadline: number; remindOn: number } {
  const deadline = addBusinessDays(received, rules.responseDays, rules.holidays);
  return { deadline, remindOn: subtractBusinessDays(deadline, rules.reminderDays, rules.holidays) };
}

/** A request's deadline as seen on `today`; undefined when its received date is not an ISO date. */
export function deadlineOf(request: FoiaRequest, today: number, rules: FoiaRules): FoiaDeadline | undefined {
  const received = parseIsoDate(request.receivedDate);
  if (received === undefined) return undefined;
  const { deadline, remindOn } = foiaDates(received, rules);
  const businessDaysLeft = businessDaysBetween(today, deadline, rules.holidays);
  return {
    requestId: request.requestId,
    receivedDate: request.receivedDate,
    deadline: isoDate(deadline),
    remindOn: isoDate(remindOn),
    businessDaysLeft,
    overdue: today > deadline,
    ...(request.subject === undefined ? {} : { subject: request.subject }),
  };
}

/**
 * The requests to remind about on `today` (at most `reminderDays` business days left, or overdue), soonest first,
 * and the ids of requests whose received date is not an ISO date (reported, never silently dropped).
 */
export function dueReminders(
  requests: readonly FoiaRequest[],
  today: number,
  rules: FoiaRules,
): { due: FoiaDeadline[]; invalid: string[] } {
  const due: FoiaDeadline[] = [];
  const invalid: string[] = [];
  for (const request of requests) {
    const deadline = deadlineOf(request, today, rules);
    if (deadline === undefined) invalid.push(request.requestId);
    else if (deadline.businessDaysLeft <= rules.reminderDays) due.push(deadline);
  }
  due.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.requestId.localeCompare(b.requestId));
  return { due, invalid };
}
