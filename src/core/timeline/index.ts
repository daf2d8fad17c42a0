export { findDecisionWindow, parseDecisionWindow, promisesSoon, type WindowOptions } from './decision-window';
export { addBusinessDays, isBusinessDay, localDate, nextBusinessDay, plusDays, type CalendarDate } from './calendar';
